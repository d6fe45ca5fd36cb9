extension SchemaResolver {
    /// Seconds in the period a rate column names by one of its words.
    static let ratePeriods: [String: Double] = [
        "hourly": 3_600, "hour": 3_600, "daily": 86_400, "day": 86_400, "nightly": 86_400, "night": 86_400,
        "weekly": 604_800, "week": 604_800, "monthly": 2_592_000, "month": 2_592_000,
    ]

    /// A rental's, a stay's or a booking's total is its rate times the whole
    /// periods it lasts: `total_price = daily_rate × days` from the start
    /// column to its end (at least one period), when the row has a rate named
    /// for its period (`daily_rate`, `price_per_night`, `hourly_rate`,
    /// `weekly_rent`), a start and an end, and a total (`total`, `total_price`,
    /// `total_cost`, `total_amount`, `amount`) not already a product of price and quantity.
    /// `total` is also the rate of the record a row references times the row's own span: a rental's total is
    /// its vehicle's `daily_rate` times its days.
    func applyRateTimesSpan(_ fields: [Field], entity: String, _ sources: inout [FieldSource?], isTemporal: (Int) -> Bool,
                            planIndex: [String: Int] = [:]) {
        func period(_ f: Field) -> Double? {
            let words = KindInference.tokens(f.name)
            guard words.contains(where: { ["rate", "price", "rent", "fee", "cost", "charge"].contains($0) }) else { return nil }
            return words.lazy.compactMap { Self.ratePeriods[$0] }.first
        }
        guard let rate = fields.indices.first(where: { Self.numeric.contains(fields[$0].type) && period(fields[$0]) != nil }),
              let seconds = period(fields[rate]) else {
            applyParentRateTimesSpan(fields, entity: entity, &sources, isTemporal: isTemporal, planIndex: planIndex, period: period)
            return
        }
        for end in fields.indices where isTemporal(end) {
            guard let startName = TimeRoles.startPartner(of: fields[end].name, in: fields, entity: entity),
                  let start = fields.firstIndex(where: { $0.name == startName }), isTemporal(start) else { continue }
            for c in fields.indices where Self.spanTotalNames.contains(fields[c].name.lowercased()) && c != rate {
                guard fields[c].references == nil, Self.numeric.contains(fields[c].type), case let .kind(own, .random)? = sources[c],
                      ![rate, start, end].contains(where: { Self.reaches($0, c, in: sources) }) else { continue }
                sources[c] = .rateTimesSpan(rate: rate, start: start, end: end, period: seconds, fallback: own)
            }
            return
        }
    }

    static let spanTotalNames: Set<String> = ["total", "total_price", "total_cost", "total_amount", "amount", "total_due",
                                              "amount_due", "total_charge", "total_fee"]

    func applyParentRateTimesSpan(_ fields: [Field], entity: String, _ sources: inout [FieldSource?], isTemporal: (Int) -> Bool,
                                  planIndex: [String: Int], period: (Field) -> Double?) {
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { Self.numeric.contains($0.type) && $0.references == nil && period($0) != nil }),
                  let seconds = period(parent.fields[pc]) else { continue }
            for end in fields.indices where isTemporal(end) {
                guard let startName = TimeRoles.startPartner(of: fields[end].name, in: fields, entity: entity),
                      let start = fields.firstIndex(where: { $0.name == startName }), isTemporal(start) else { continue }
                for c in fields.indices where Self.spanTotalNames.contains(fields[c].name.lowercased()) {
                    guard fields[c].references == nil, Self.numeric.contains(fields[c].type), case let .kind(own, .random)? = sources[c],
                          ![rc, start, end].contains(where: { Self.reaches($0, c, in: sources) }) else { continue }
                    sources[c] = .parentRateTimesSpan(ParentRateSpanPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc,
                                                                         start: start, end: end, period: seconds, fallback: own))
                }
                return
            }
        }
    }
}
