import DoppelText

/// Points follow what was spent (protocol/SCHEMA.md, *Rows that agree*): a $97 purchase earns 97
/// points, not 21 while a $300 one earns 9.
extension SchemaResolver {
    /// Names of the points a purchase earns.
    static let earnedPointColumns: Set<String> = ["points_earned", "points", "loyalty_points", "reward_points", "points_awarded",
                                                  "earned_points", "bonus_points", "stars_earned"]
    /// The money a purchase is, first found in this order.
    static let spentColumns = ["amount", "total", "total_amount", "amount_spent", "spend", "subtotal", "purchase_amount", "order_total",
                               "price", "sale_amount", "transaction_amount"]

    /// An integer points column beside the row's amount is one point per whole unit of money spent.
    /// Only where the row records a purchase (a points column of a player or a team is a score).
    func applyLoyaltyPoints(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let words = Set(KindInference.tokens(entity.name).map(Inflector.singular))
        guard !words.isDisjoint(with: ["purchase", "transaction", "order", "sale", "visit", "receipt", "checkin", "booking", "stay"]),
              let spent = Self.column(named: Self.spentColumns, in: fields, where: Self.isOwnNumber)
        else { return }
        for (c, f) in fields.enumerated() where Self.earnedPointColumns.contains(f.name.lowercased()) && f.type == .integer {
            guard c != spent, f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c],
                  !Self.reaches(spent, c, in: sources) else { continue }
            sources[c] = .share(of: spent, low: 1, high: 1, fallback: own)
        }
    }
}
