import DoppelText

/// A parent's amount is the sum of its line items (protocol/SCHEMA.md, *Values derived through a
/// reference*): an order's `total` is what its `order_items` add up to, as written.
extension SchemaResolver {
    /// Words that make a table the lines of another record.
    static let lineNouns: Set<String> = ["item", "line", "lineitem", "entry", "detail"]
    /// A line's own amount, first found in this order.
    static let lineValueNames = ["line_total", "total", "total_price", "line_amount", "amount", "subtotal", "extended_price", "total_amount",
                                 "line_cost", "extended_cost", "total_cost"]
    /// A parent's amount that its lines make up, first found in this order.
    static let parentSumNames = ["subtotal", "sub_total", "items_total", "total", "total_amount", "order_total", "invoice_total",
                                 "grand_total", "amount", "total_price", "total_cost", "order_cost", "total_value", "order_value"]

    /// A numeric total of a record whose lines (a table named for items or lines of it, referencing it)
    /// carry a numeric line total is the sum of those line totals. With a subtotal and a total both
    /// present, the subtotal is the sum (the total adds charges the lines do not carry).
    func applyChildSums(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard let key = fields.first(where: { $0.primaryKey })?.name else { return }
        guard let target = Self.column(named: Self.parentSumNames, in: fields, where: { Self.isOwnNumber($0) && !$0.unique && !$0.primaryKey }), case let .kind(own, .random)? = sources[target] else { return }
        for child in schema.entities where child.name != entity.name {
            let words = Set(KindInference.tokens(child.name).map(Inflector.singular))
            // Lines that pay or offer against the parent's price read its total (`applyParentPriceShares`): no sum.
            guard !words.isDisjoint(with: Self.lineNouns), Self.priceShareRule(of: child.name) == nil,
                  let ci = planIndex[child.name],
                  let rc = child.fields.firstIndex(where: { $0.references?.entity == entity.name && $0.references?.field == key })
            else { continue }
            func numeric(_ names: [String]) -> Int? { Self.column(named: names, in: child.fields, where: Self.isOwnNumber) }
            let line: ChildSumPlan.LineValue
            if let vc = numeric(Self.lineValueNames) {
                line = .column(vc, precision: child.fields[vc].type == .integer ? 0 : Self.writtenPrecision(child.fields[vc]))
            } else if let price = numeric(Self.priceNames), let quantity = numeric(Self.quantityNames) {
                // No amount of its own: a line is worth its price times its quantity, less its discount percent.
                let discount = child.fields.firstIndex { f in
                    (f.kind ?? KindInference.kind(for: f, entity: child.name)) == "commerce.discount"
                        || ["discount_pct", "discount_percent", "discount_percentage"].contains(f.name.lowercased())
                }
                line = .product(price: price, quantity: quantity, discountPercent: discount)
            } else {
                continue
            }
            sources[target] = .childSum(ChildSumPlan(childEntity: ci, referenceColumn: rc, line: line, fallback: own))
            return
        }
    }
}
