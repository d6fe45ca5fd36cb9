import DoppelText

/// A marina's slip is priced by its length (protocol/SCHEMA.md, *Rows that agree*): a 50-foot slip is not $17.80 a
/// month.
extension SchemaResolver {
    /// Heads of a berth a boat is kept in.
    static let mooringHeads: Set<String> = ["slip", "berth", "mooring", "dock", "boat_slip", "marina_slip", "dock_space"]
    /// Per foot of length: a month 10–25, a night 1.5–4, a year 100–250.
    static let mooringRates: [(names: Set<String>, perFoot: ClosedRange<Double>)] = [
        (["monthly_rate", "monthly_fee", "monthly_price", "rate_per_month", "monthly_rent", "rent"], 10...25),
        (["nightly_rate", "daily_rate", "rate_per_night", "price_per_night", "transient_rate"], 1.5...4),
        (["annual_rate", "yearly_rate", "annual_fee", "seasonal_rate", "season_rate"], 100...250),
    ]

    /// In a table of slips, berths or moorings with a length in feet (`length_ft`, `max_length_ft`, `length`), a rate
    /// is the length times a rate per foot for its period (a month 10–25); in metres, per metre ×3.28.
    func applyMooringRates(_ entity: Entity, _ sources: inout [FieldSource?]) {
        guard Self.mooringHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) else { return }
        let fields = entity.fields
        guard let lc = Self.column(named: ["length_ft", "max_length_ft", "length", "length_feet", "max_boat_length", "length_m", "max_length_m"],
                                   in: fields, where: Self.isOwnNumber) else { return }
        let perMetre = fields[lc].name.lowercased().hasSuffix("_m") ? 3.28 : 1
        for (c, f) in fields.enumerated() where c != lc && Self.isOwnNumber(f) {
            guard let rate = Self.mooringRates.first(where: { $0.names.contains(f.name.lowercased()) }),
                  case let .kind(own, .random)? = sources[c], !Self.reaches(c, lc, in: sources) else { continue }
            let range = (rate.perFoot.lowerBound * perMetre)...(rate.perFoot.upperBound * perMetre)
            var plan = SiblingFactPlan(column: lc, values: [:], fallback: own, rangeOf: { _ in range })
            plan.multiplier = lc
            sources[c] = .siblingFact(plan)
        }
    }
}
