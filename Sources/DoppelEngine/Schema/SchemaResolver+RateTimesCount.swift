import DoppelText

/// A total is a per-unit rate times how many units the row has (protocol/SCHEMA.md, *Rows that
/// agree*): a tattoo's `total_price` is its artist's `hourly_rate` times its `hours`, an ice-cream
/// order's `total` its flavour's `price_per_scoop` times its `scoops`.
extension SchemaResolver {
    /// The names a count of a period's units goes by.
    static let periodCounts: [String: [String]] = [
        "hour": ["hours", "num_hours", "number_of_hours", "duration_hours", "hours_worked", "billable_hours", "labor_hours", "labour_hours", "hours_booked"],
        "day": ["days", "num_days", "number_of_days", "rental_days", "days_rented"],
        "night": ["nights", "num_nights", "number_of_nights"],
        "week": ["weeks", "num_weeks", "number_of_weeks"],
        // (a subscriber's tenure is the months it has paid for: a churn table's `total_charges`)
        "month": ["months", "num_months", "number_of_months", "tenure", "tenure_months", "months_active", "months_subscribed",
                  "subscription_months", "months_as_customer"],
    ]
    /// The names a length in minutes goes by.
    static let minuteCountNames = ["duration_minutes", "duration_mins", "duration_min", "minutes", "length_minutes", "session_minutes",
                                   "session_length_minutes", "minutes_booked"]
    static let periodUnits: [String: String] = ["hourly": "hour", "hour": "hour", "daily": "day", "day": "day", "nightly": "night",
                                                "night": "night", "weekly": "week", "week": "week", "monthly": "month", "month": "month"]

    /// The unit a rate column is priced by (`hourly_rate` → hour, `price_per_scoop` → scoop), or nil.
    static func rateUnit(_ name: String) -> String? {
        let words = KindInference.tokens(name)
        // (`monthly_charges`, `monthly_fees`: the plural of a rate is one)
        guard words.contains(where: { ["rate", "price", "rent", "fee", "cost", "charge"].contains(Inflector.singular($0)) }) else { return nil }
        if let per = words.firstIndex(of: "per"), per + 1 < words.count { return Inflector.singular(words[per + 1]) }
        return words.lazy.compactMap { Self.periodUnits[$0] }.first
    }

    /// Units that are people: a `price_per_person` counts a trip's `passengers`, a dinner's `guests`.
    static let personUnits: Set<String> = ["person", "guest", "head", "pax", "passenger", "participant", "attendee", "rider",
                                           "adult", "diner", "traveller", "traveler", "seat", "ticket"]

    /// The names a count of `unit` goes by: a period's own list, else `scoops`, `num_scoops`, `scoop_count`, …; a person's
    /// also the headcounts (`passengers`, `guests`, `party_size`, …).
    static func unitCountNames(of unit: String) -> [String] {
        if personUnits.contains(unit) {
            return countNames(of: unit) + headcountNames.filter { !$0.contains("vote") && !$0.contains("ballot") }.sorted()
        }
        return periodCounts[unit] ?? countNames(of: unit)
    }

    /// When the row has no span to count (rule above), a total is the rate times a count of its unit.
    func applyRateTimesCount(_ fields: [Field], entity: String, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        // The first rate whose units the row counts (a session's trainer's hourly rate over its hours, not its member's
        // monthly fee); an hourly rate over a length in minutes too (a 90-minute session at $60 an hour is $90).
        let counted = rateColumns(fields, entity: entity, planIndex: planIndex, own: Self.isOwnNumber, reading: { Self.rateUnit($0.name) })
            .lazy.compactMap { rate, unit -> (RateSource, Int, Double)? in
                if let c = Self.column(named: Self.unitCountNames(of: unit), in: fields, where: Self.isOwnNumber) { return (rate, c, 1) }
                if unit == "hour", case .parent = rate, let c = Self.column(named: Self.minuteCountNames, in: fields, where: Self.isOwnNumber) {
                    return (rate, c, 60)
                }
                return nil
            }.first
        guard let (rate, count, perUnit) = counted else { return }
        let input: Int
        switch rate {
        case let .own(c): input = c
        case let .parent(rc, _, _): input = rc
        }
        guard count != input else { return }
        // (with a count of hours beside it, a row's plain `price` or `fee` is what those hours cost)
        let totals = Self.spanTotalNames.union(["price", "cost", "fee", "charge", "revenue", "total_revenue", "gross_revenue"])
        for c in fields.indices where totals.contains(fields[c].name.lowercased()) {
            guard c != input, c != count, fields[c].references == nil, Self.numeric.contains(fields[c].type),
                  case let .kind(own, .random)? = sources[c],
                  ![input, count].contains(where: { Self.reaches($0, c, in: sources) }) else { continue }
            switch rate {
            case let .own(r):
                sources[c] = .product(r, count, fallback: own)
            case let .parent(rc, p, pc):
                var plan = ParentRateSpanPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, start: -1, end: -1, period: 1, fallback: own)
                plan.count = count
                plan.countPerUnit = perUnit
                sources[c] = .parentRateTimesSpan(plan)
            }
        }
    }
}
