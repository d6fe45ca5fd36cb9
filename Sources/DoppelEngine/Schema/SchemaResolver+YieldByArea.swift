import DoppelText

extension SchemaResolver {
    /// Hectares in one unit of an area column, by its words (`area_hectares`, `size_acres`, `acreage`), or nil.
    static func hectaresPer(_ name: String) -> Double? {
        let words = Set(KindInference.tokens(name))
        if !words.isDisjoint(with: ["hectares", "hectare", "ha"]) { return 1 }
        if !words.isDisjoint(with: ["acres", "acre", "acreage"]) { return 0.404686 }
        return nil
    }

    /// Units of a yield column per tonne, by its words (`yield_tonnes`, `yield_kg`, `bushels_harvested`); a
    /// plain `yield` is in tonnes. Nil for a column that is no harvested amount.
    static func yieldUnitsPerTonne(_ name: String, harvestTable: Bool) -> Double? {
        let words = Set(KindInference.tokens(name))
        guard priceWords.isDisjoint(with: words), !words.contains("per"), !words.contains("moisture") else { return nil }
        let unit: Double? = !words.isDisjoint(with: ["kg", "kilograms", "kilos"]) ? 1_000
            : !words.isDisjoint(with: ["lbs", "lb", "pounds"]) ? 2_204.62
            : !words.isDisjoint(with: ["bushels", "bushel", "bu"]) ? 37
            : !words.isDisjoint(with: ["tonnes", "tons", "tonne", "ton", "t"]) ? 1 : nil
        if words.contains("yield") { return unit ?? 1 }
        return harvestTable && (words.contains("harvested") || words.contains("quantity") || words.contains("weight")) ? unit : nil
    }

    static let priceWords: Set<String> = ["price", "cost", "revenue", "value", "rate", "fee", "amount"]

    /// A harvest's yield is its field's area times 2–10 tonnes a hectare, in the yield's unit (tonnes, kg,
    /// pounds or bushels) and per the area's unit (hectares or acres): a 45 ha field's harvest is 90–450 t,
    /// never 0 t or 388 t from 2 ha. The area is the row's own (`area_harvested_ha`) or that of the
    /// field, plot or farm it references. A yield per area (`yield_per_hectare`) is none of these.
    func applyYieldByArea(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let harvestTable = !Set(KindInference.tokens(entity.name).map(Inflector.singular)).isDisjoint(with: ["harvest", "yield", "crop"])
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique && !f.primaryKey {
            guard let perTonne = Self.yieldUnitsPerTonne(f.name, harvestTable: harvestTable),
                  case let .kind(own, .random)? = sources[c] else { continue }
            if let a = fields.indices.first(where: { $0 != c && Self.isOwnNumber(fields[$0]) && Self.hectaresPer(fields[$0].name) != nil }),
               let ha = Self.hectaresPer(fields[a].name), !Self.reaches(a, c, in: sources) {
                sources[c] = .share(of: a, low: 2 * ha * perTonne, high: 10 * ha * perTonne, fallback: own)
                continue
            }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      let pc = parent.fields.firstIndex(where: { Self.isOwnNumber($0) && Self.hectaresPer($0.name) != nil }),
                      let ha = Self.hectaresPer(parent.fields[pc].name) else { continue }
                sources[c] = .parentShare(ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: pc,
                                                          share: (2 * ha * perTonne)...(10 * ha * perTonne), fallback: own))
                break
            }
        }
    }
}
