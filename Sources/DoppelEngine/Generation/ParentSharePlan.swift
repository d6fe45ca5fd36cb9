/// A child's amount as a share of its parent's price (`SchemaResolver.applyParentPriceShares`).
struct ParentSharePlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    /// The share of the parent's price, drawn uniformly.
    let share: ClosedRange<Double>
    /// The column's own kind, for rows whose reference or parent price is NULL.
    let fallback: any KindGenerator
    /// The row's quantity column, when the amount is for that many of the parent (a sale of three).
    var quantityColumn: Int? = nil
}

extension RowContext {
    func parentShare(_ plan: ParentSharePlan, _ r: inout CellRandom, into out: inout [UInt8]) -> KindValue {
        if let price = parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn) {
            let factor = plan.share.lowerBound + (plan.share.upperBound - plan.share.lowerBound) * r.unit()
            guard let q = plan.quantityColumn else { return .real(price * factor) }
            ensure(q)
            guard !nulls[q], !scalars[q].isNaN else { return generateOwn(plan.fallback, r, &out) }
            return .real(price * factor * scalars[q])
        }
        return generateOwn(plan.fallback, r, &out)
    }
}
