/// A plan's price follows the plan (protocol/SCHEMA.md, *Rows that agree*): a Free plan costs nothing, an
/// Enterprise plan more than a Starter one; an account's MRR is its plan's per-seat price times its seats.
extension SchemaResolver {
    /// Monthly price of one account on a plan, and of one seat, in the schema's currency.
    static let planPrices: [String: (account: ClosedRange<Double>, seat: ClosedRange<Double>)] = [
        "free": (0...0, 0...0), "hobby": (3...12, 2...6), "basic": (5...29, 4...12), "starter": (9...49, 5...15),
        "standard": (19...79, 8...25), "plus": (29...99, 10...30), "team": (49...199, 8...25), "pro": (29...149, 12...40),
        "professional": (49...199, 15...45), "premium": (39...199, 15...45), "growth": (99...499, 20...60),
        "business": (199...999, 25...80), "enterprise": (499...4_999, 40...150), "scale": (299...1_499, 30...90),
        // Memberships priced for who holds them.
        "student": (9...39, 4...12), "senior": (9...39, 4...12), "family": (49...199, 10...30),
    ]
    /// Words of a dataset of a consumer streaming service, whose plans cost what a household pays.
    static let streamingWords: Set<String> = ["streaming", "netflix", "spotify", "hulu", "disney", "video", "music", "podcast", "podcasts",
                                              "audiobook", "audiobooks", "movies", "shows", "series", "episodes", "tracks", "songs"]
    /// A month of a consumer streaming plan: a basic one a few dollars, a premium or family one about twenty.
    static let streamingPlanPrices: [String: ClosedRange<Double>] = [
        "free": 0...0, "basic": 5.99...9.99, "standard": 10.99...15.99, "plus": 9.99...14.99, "premium": 15.99...24.99,
        "family": 16.99...24.99, "student": 4.99...6.99, "duo": 13.99...17.99, "individual": 9.99...11.99,
    ]
    static let planColumns: Set<String> = ["plan", "plan_name", "tier", "plan_tier", "subscription_plan", "subscription_tier", "plan_type",
                                           "membership_type", "membership_tier", "membership_level", "membership_plan"]
    static let monthlyPriceColumns: Set<String> = ["mrr", "monthly_price", "price_per_month", "monthly_fee", "monthly_revenue",
                                                   "monthly_amount", "price_monthly", "monthly_cost"]
    static let yearlyPriceColumns: Set<String> = ["arr", "annual_price", "yearly_price", "price_per_year", "annual_revenue", "annual_fee"]
    /// Counts of seats a row pays for (`max_seats` is a plan's limit: `seatLimitColumns`).
    static let seatColumns: Set<String> = ["seats", "seat_count", "licenses", "license_count", "users", "user_count"]

    /// The first numeric seat count of `fields` that `also` accepts.
    static func seatCountColumn(_ fields: [Field], also: (Int) -> Bool = { _ in true }) -> Int? {
        fields.indices.first { seatColumns.contains(fields[$0].name.lowercased()) && numeric.contains(fields[$0].type) && also($0) }
    }
    /// How many seats a plan allows: more on a bigger plan (a Business plan is not limited to one user).
    static let planSeatLimits: [String: ClosedRange<Double>] = [
        "free": 1...3, "hobby": 1...2, "basic": 1...5, "starter": 3...10, "standard": 5...25, "plus": 5...25, "team": 10...50,
        "pro": 10...50, "professional": 10...50, "premium": 10...50, "growth": 25...100, "business": 50...250,
        "enterprise": 250...5_000, "scale": 100...500, "student": 1...1, "senior": 1...1, "family": 2...6,
    ]
    static let seatLimitColumns: Set<String> = ["max_seats", "seat_limit", "max_users", "user_limit", "included_seats", "max_members"]

    func applyPlanPrices(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        // The plan: a plan column, or the name of a table of plans.
        // (`membership_plans`, `support_tiers` too: their names must all be plans priced here)
        let noun = Self.noun(entity.name).replacingOccurrences(of: " ", with: "_")
        let isPlanTable = ["plan", "tier", "pricing_plan", "subscription_plan", "price_plan"].contains(noun)
            || ["plan", "tier"].contains(noun.split(separator: "_").last.map(String.init) ?? "")
        guard let plan = fields.indices.first(where: { c in
            let n = fields[c].name.lowercased()
            return (Self.planColumns.contains(n) || isPlanTable && n == "name") && fields[c].references == nil && fields[c].kind == "enum"
        }), let values = fields[plan].values?.compactMap(\.stringValue), !values.isEmpty,
              values.allSatisfy({ Self.planPrices[$0.lowercased()] != nil }) else { return }
        // A table of plans lists its price; a row with seats pays per seat (but `max_seats` is a limit, not a count).
        let seats = isPlanTable ? nil : Self.seatCountColumn(fields)
        // (a streaming service's plans are priced for a household, not a company)
        let streaming = seats == nil && !datasetWords.isDisjoint(with: Self.streamingWords)
            && values.allSatisfy { Self.streamingPlanPrices[$0.lowercased()] != nil }
        for c in fields.indices where Self.numeric.contains(fields[c].type) && fields[c].references == nil && !fields[c].unique {
            let n = fields[c].name.lowercased()
            if Self.seatLimitColumns.contains(n), case let .kind(own, .random)? = sources[c], !Self.reaches(plan, c, in: sources) {
                let limits = Dictionary(values.map { ($0.lowercased(), Self.planSeatLimits[$0.lowercased()] ?? 1...1) }, uniquingKeysWith: { a, _ in a })
                var fact = SiblingFactPlan(column: plan, values: [:], fallback: own, ranges: limits)
                fact.wholeNumbers = true
                sources[c] = .siblingFact(fact)
                continue
            }
            let months: Double
            if Self.monthlyPriceColumns.contains(n) || isPlanTable && n == "price" { months = 1 } else if Self.yearlyPriceColumns.contains(n) { months = 12 } else { continue }
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(plan, c, in: sources),
                  seats.map({ !Self.reaches($0, c, in: sources) }) ?? true else { continue }
            let ranges = Dictionary(values.map { v -> (String, ClosedRange<Double>) in
                let p = Self.planPrices[v.lowercased()] ?? (0...0, 0...0)
                let r = streaming ? Self.streamingPlanPrices[v.lowercased()] ?? p.account : seats == nil ? p.account : p.seat
                return (v.lowercased(), (r.lowerBound * months)...(r.upperBound * months))
            }, uniquingKeysWith: { a, _ in a })
            var fact = SiblingFactPlan(column: plan, values: [:], fallback: own, ranges: ranges)
            fact.multiplier = seats
            // A price list shows whole amounts (29, 99); revenue is whatever it adds up to.
            fact.wholeNumbers = isPlanTable && !streaming
            sources[c] = .siblingFact(fact)
        }
    }
}
