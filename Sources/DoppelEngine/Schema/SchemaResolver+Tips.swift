extension SchemaResolver {
    /// Names of what a guest or a rider left on top of the bill.
    static let tipColumns: Set<String> = ["tip", "tips", "tip_amount", "gratuity", "tip_usd", "tip_total"]
    /// Names of the bill a tip is left on, most likely first.
    static let tippedAmounts = subtotalNames + ["total", "total_amount", "amount", "bill_total", "check_total", "order_total", "fare", "bill",
                                                "price"]

    /// A tip follows the bill it is left on (protocol/SCHEMA.md, *Rows that agree*): 5–25 % of the row's
    /// subtotal, total, amount or fare, never $3 on a $494 dinner or $10 on a $15 ride.
    func applyTips(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let base = Self.tippedAmounts.lazy.compactMap({ n in fields.firstIndex { $0.name.lowercased() == n && Self.isOwnNumber($0) } }).first
        else { return }
        for (c, f) in fields.enumerated() where c != base && Self.tipColumns.contains(f.name.lowercased()) && Self.isOwnNumber(f) && !f.unique {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(base, c, in: sources) else { continue }
            sources[c] = .share(of: base, low: 0.05, high: 0.25, fallback: own)
        }
    }
}
