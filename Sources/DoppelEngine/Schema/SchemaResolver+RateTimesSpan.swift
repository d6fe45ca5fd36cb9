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
        guard let (rate, seconds) = rateColumn(fields, entity: entity, planIndex: planIndex, own: { Self.numeric.contains($0.type) },
                                               reading: period) else { return }
        guard let (start, end) = Self.rowSpan(fields, entity: entity, end: isTemporal, start: isTemporal) else { return }
        let input: Int
        switch rate {
        case let .own(c): input = c
        case let .parent(rc, _, _): input = rc
        }
        for c in fields.indices where Self.spanTotalNames.contains(fields[c].name.lowercased()) {
            guard c != input, fields[c].references == nil, Self.numeric.contains(fields[c].type), case let .kind(own, .random)? = sources[c],
                  ![input, start, end].contains(where: { Self.reaches($0, c, in: sources) }) else { continue }
            switch rate {
            case let .own(r):
                sources[c] = .rateTimesSpan(rate: r, start: start, end: end, period: seconds, fallback: own)
            case let .parent(rc, p, pc):
                sources[c] = .parentRateTimesSpan(ParentRateSpanPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc,
                                                                     start: start, end: end, period: seconds, fallback: own))
            }
        }
    }

    /// Where a row's rate is: a column of its own, or one of the record it references.
    enum RateSource { case own(Int), parent(referenceColumn: Int, entity: Int, column: Int) }

    /// The rate and what `reading` reads from its column (its period, its unit): the row's own first
    /// column that `own` accepts and `reading` reads, else that of the first record it references
    /// that has one (a number of its own there).
    func rateColumn<T>(_ fields: [Field], entity: String, planIndex: [String: Int], own: (Field) -> Bool,
                       reading: (Field) -> T?) -> (rate: RateSource, value: T)? {
        rateColumns(fields, entity: entity, planIndex: planIndex, own: own, reading: reading).first
    }

    /// Every rate the row may read, its own first, then each parent's in the order of the references (a session's
    /// member's monthly fee and its trainer's hourly rate).
    func rateColumns<T>(_ fields: [Field], entity: String, planIndex: [String: Int], own: (Field) -> Bool,
                        reading: (Field) -> T?) -> [(rate: RateSource, value: T)] {
        var found: [(rate: RateSource, value: T)] = []
        if let c = fields.indices.first(where: { own(fields[$0]) && reading(fields[$0]) != nil }), let value = reading(fields[c]) {
            found.append((.own(c), value))
        }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { Self.isOwnNumber($0) && reading($0) != nil }),
                  let value = reading(parent.fields[pc]) else { continue }
            found.append((.parent(referenceColumn: rc, entity: p, column: pc), value))
        }
        return found
    }

    static let spanTotalNames: Set<String> = ["total", "total_price", "total_cost", "total_amount", "amount", "total_due",
                                              "amount_due", "total_charge", "total_fee", "total_paid", "amount_paid",
                                              "total_billed", "amount_billed", "total_charged", "amount_charged", "total_charges"]

    /// The row's span: its first end (a column `isEnd` takes) with a start partner `isStart` takes (rule "Ends after
    /// starts"): a rental's pickup and return, a booking's start and end.
    static func rowSpan(_ fields: [Field], entity: String, end isEnd: (Int) -> Bool, start isStart: (Int) -> Bool) -> (start: Int, end: Int)? {
        for end in fields.indices where isEnd(end) {
            guard let startName = TimeRoles.startPartner(of: fields[end].name, in: fields, entity: entity),
                  let start = fields.firstIndex(where: { $0.name == startName }), isStart(start) else { continue }
            return (start, end)
        }
        return nil
    }
}
