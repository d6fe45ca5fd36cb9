/// What is paid up front is part of the whole (protocol/SCHEMA.md, *Rows that agree*): a booking's
/// `deposit` is 10-50 % of its `total_price`, not $2,473 on a $38 tattoo.
extension SchemaResolver {
    /// Columns of money paid before the rest.
    static let upfrontNames = ["deposit", "deposit_amount", "down_payment", "downpayment", "advance", "advance_payment",
                               "upfront_payment", "retainer", "booking_fee", "deposit_paid"]
    /// The whole it is part of, first found in this order.
    static let wholePriceNames = ["total_price", "total", "total_amount", "total_cost", "price", "amount", "cost", "fee",
                                  "quoted_price", "quote", "contract_value", "sale_price", "purchase_price"]

    func applyDeposits(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let deposit = Self.column(named: Self.upfrontNames, in: fields, where: Self.isOwnNumber),
              case .kind(_, .random)? = sources[deposit], !fields[deposit].unique,
              let whole = Self.column(named: Self.wholePriceNames, in: fields, where: Self.isOwnNumber), whole != deposit,
              !Self.reaches(deposit, whole, in: sources) else { return }
        sources[deposit] = .share(of: whole, low: 0.10, high: 0.50, fallback: Self.ownKind(sources[deposit]))
    }
}
