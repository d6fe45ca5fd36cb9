/// Money that is a share of other money in the same row (protocol/SCHEMA.md, *Rows that agree*):
/// a booking's `deposit` is part of its `total_price` (not $2,473 on a $38 tattoo), a move's
/// `final_price` follows its `quote` (not $20 on a quote of hundreds).
extension SchemaResolver {
    /// A column named one of `part` (first found) is `low`-`high` times the first column named one of `whole`.
    struct MoneyShare: Sendable {
        let part: [String]
        let whole: [String]
        let low: Double
        let high: Double
    }

    static let moneyShares = [
        // What is paid up front is part of the whole.
        MoneyShare(part: ["deposit", "deposit_amount", "down_payment", "downpayment", "advance", "advance_payment",
                          "upfront_payment", "retainer", "booking_fee", "deposit_paid"],
                   whole: ["total_price", "total", "total_amount", "total_cost", "price", "amount", "cost", "fee",
                           "quoted_price", "quote", "contract_value", "sale_price", "purchase_price"],
                   low: 0.10, high: 0.50),
        // A tenancy's security deposit is one to two months' rent.
        MoneyShare(part: ["security_deposit", "damage_deposit", "bond", "bond_amount", "security_deposit_amount"],
                   whole: ["monthly_rent", "rent", "rent_amount", "rent_per_month", "monthly_rate"],
                   low: 1.0, high: 2.0),
        // What was charged follows what was quoted.
        MoneyShare(part: ["final_price", "final_cost", "final_amount", "actual_price", "actual_cost", "actual_amount",
                          "invoiced_amount", "amount_charged", "charged_amount", "final_total"],
                   whole: ["quote", "quoted_price", "quote_amount", "quoted_amount", "estimate", "estimated_price",
                           "estimated_cost", "estimated_total", "estimate_amount"],
                   low: 0.90, high: 1.20),
    ]

    func applyMoneyShares(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        for rule in Self.moneyShares {
            guard let part = Self.column(named: rule.part, in: fields, where: Self.isOwnNumber),
                  case .kind(_, .random)? = sources[part], !fields[part].unique,
                  let whole = Self.column(named: rule.whole, in: fields, where: Self.isOwnNumber), whole != part,
                  !Self.reaches(part, whole, in: sources) else { continue }
            sources[part] = .share(of: whole, low: rule.low, high: rule.high, fallback: Self.ownKind(sources[part]))
        }
    }
}
