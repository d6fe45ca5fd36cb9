/// A bill's total is its subtotal plus what is added to it less what is taken off (protocol/SCHEMA.md, *Rows that
/// agree*): a dinner's `total` is its `subtotal` plus `tax` and `tip`, an order's its subtotal plus shipping less its
/// discount — never a $20.54 total on a $147.94 subtotal.
extension SchemaResolver {
    static let subtotalNames = ["subtotal", "sub_total", "items_total", "item_total", "food_total", "net_amount", "amount_before_tax"]
    static let grandTotalNames = ["total", "total_amount", "grand_total", "order_total", "bill_total", "check_total", "total_due",
                                  "amount_due", "total_price", "total_charged", "amount_charged"]
    static let addedNames: Set<String> = ["tax", "tax_amount", "taxes", "vat", "vat_amount", "sales_tax", "gst", "tip", "tips", "tip_amount",
                                          "gratuity", "delivery_fee", "delivery_charge", "service_fee", "service_charge", "shipping",
                                          "shipping_cost", "shipping_fee", "shipping_amount", "handling_fee", "booking_fee", "fees"]
    static let takenNames: Set<String> = ["discount", "discount_amount", "discounts", "promo_discount", "coupon_discount", "credit_applied"]

    func applyTotalOfParts(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let base = Self.column(named: Self.subtotalNames, in: fields, where: Self.isOwnNumber),
              let total = Self.column(named: Self.grandTotalNames, in: fields, where: { Self.isOwnNumber($0) && !$0.unique }), total != base,
              case let .kind(own, .random)? = sources[total], !Self.reaches(base, total, in: sources) else { return }
        func parts(_ names: Set<String>) -> [Int] {
            fields.indices.filter { k in
                k != base && k != total && names.contains(fields[k].name.lowercased()) && Self.isOwnNumber(fields[k])
                    && !Self.reaches(k, total, in: sources)
            }
        }
        sources[total] = .sum(SumPlan(base: base, added: parts(Self.addedNames), taken: parts(Self.takenNames), fallback: own))
    }
}
