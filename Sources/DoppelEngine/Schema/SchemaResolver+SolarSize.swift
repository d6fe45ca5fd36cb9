import DoppelText

/// A solar system's price and panels follow its size (protocol/SCHEMA.md, *Rows that agree*): a 10 kW
/// system costs 24,000–36,000 installed, not $53, and holds 22–29 panels of 350–450 W, not 10.
extension SchemaResolver {
    /// Words of a dataset about solar power (singular, as `datasetWords` holds them).
    static let solarWords: Set<String> = ["solar", "pv", "photovoltaic"]
    /// Names of what a system costs its buyer.
    static let systemPriceNames: Set<String> = ["price", "total_price", "quote_amount", "quoted_price", "amount", "total",
                                                "system_price", "cost", "total_cost", "contract_value", "installed_cost"]

    /// In a solar dataset, a row with a system size in kW (`system_size_kw`, `size_kw`, `capacity_kw`, `kw`) has
    /// its price 2,400–3,600 a kW and its panel count (`panel_count`, `panels`, `num_panels`) 2.2–2.9 a kW.
    func applySolarSize(_ entity: Entity, _ sources: inout [FieldSource?]) {
        guard !datasetWords.isDisjoint(with: Self.solarWords) else { return }
        let fields = entity.fields
        guard let size = fields.indices.first(where: { c in
                  let t = KindInference.tokens(fields[c].name)
                  return Self.isOwnNumber(fields[c]) && (t.contains("kw") || t.contains("kwp")) && !t.contains("kwh")
              }), case .kind(_, .random)? = sources[size] else { return }
        for (c, f) in fields.enumerated() where c != size && Self.isOwnNumber(f) && !f.unique {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(c, size, in: sources) else { continue }
            let name = f.name.lowercased()
            let t = Set(KindInference.tokens(name))
            if Self.systemPriceNames.contains(name) {
                sources[c] = .share(of: size, low: 2_400, high: 3_600, fallback: own)
            } else if !t.isDisjoint(with: ["panel", "panels", "modules", "module"]), name == "panels" || !t.isDisjoint(with: ["count", "num", "number", "qty"]) {
                sources[c] = .share(of: size, low: 1_000 / 450, high: 1_000 / 350, fallback: own)
            }
        }
    }
}
