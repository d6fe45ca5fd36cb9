import DoppelText

extension SchemaResolver {
    /// What a row takes in for what it sold, when it names no price of its own.
    static let takingsNames: Set<String> = ["revenue", "gross", "gross_revenue", "ticket_revenue", "box_office", "sales", "total_sales",
                                            "sales_amount", "takings", "gross_sales", "revenue_usd", "total_revenue", "ticket_sales"]
    /// Units a drink or a snack sells in, counted on a sale.
    static let saleUnits: Set<String> = ["pints", "glasses", "pours", "bottles", "cans", "growlers", "crowlers", "cups", "slices", "scoops"]
    /// Price columns whose presence leaves the takings to the rate-times-count rule.
    static let unitPriceNames: Set<String> = ["price", "unit_price", "ticket_price", "price_per_ticket", "price_per_unit", "avg_price",
                                              "average_price", "average_ticket_price", "seat_price"]

    /// A price a unit of what is counted sells for, by the counted word: a seat or a ticket 15–90, a meal 8–40, else 5–80.
    static func impliedUnitPrice(_ counted: String) -> ClosedRange<Double> {
        if ["seat", "ticket", "admission", "pass", "entry"].contains(counted) { return 15...90 }
        if ["pint", "glass", "pour"].contains(counted) { return 6...9 }
        if ["bottle", "can"].contains(counted) { return 4...8 }
        if ["growler", "crowler"].contains(counted) { return 14...25 }
        if ["cup", "slice", "scoop"].contains(counted) { return 3...6 }
        if ["meal", "cover", "dish", "plate", "drink", "coffee", "pizza", "burger"].contains(counted) { return 8...40 }
        return 5...80
    }

    /// Takings follow what was sold: a performance's `gross_revenue` is its `seats_sold` times a ticket price
    /// (15–90, drawn per row; `impliedUnitPrice`), so no sold-out night grosses less than an empty one.
    /// Only for a row with a count named `<things>_sold` and no price column; a price in the row is the
    /// rate-times-count rule's.
    func applySoldRevenue(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard !fields.contains(where: { Self.unitPriceNames.contains($0.name.lowercased()) }),
              let count = fields.indices.first(where: { c in
                  let t = KindInference.tokens(fields[c].name)
                  return t.count == 2 && t[1] == "sold" && Inflector.isPlural(t[0]) && Self.isOwnNumber(fields[c])
              }) ?? fields.indices.first(where: { c in
                  // (a taproom's sale counts its `pints`, a bakery's its `slices`: what was sold, by the unit it sells in)
                  let t = KindInference.tokens(fields[c].name)
                  return t.count == 1 && Self.saleUnits.contains(t[0]) && Self.isOwnNumber(fields[c])
                      && !Set(KindInference.tokens(entity.name)).isDisjoint(with: ["sale", "sales", "order", "orders", "transaction",
                                                                                    "transactions", "tab", "tabs", "purchase", "purchases"])
              }) else { return }
        let counted = Inflector.singular(KindInference.tokens(fields[count].name)[0])
        for (c, f) in fields.enumerated() where c != count && Self.takingsNames.contains(f.name.lowercased()) && Self.isOwnNumber(f) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(count, c, in: sources) else { continue }
            let range = Self.impliedUnitPrice(counted)
            var plan = SiblingFactPlan(column: count, values: [:], fallback: own, rangeOf: { _ in range })
            plan.multiplier = count
            sources[c] = .siblingFact(plan)
        }
    }
}
