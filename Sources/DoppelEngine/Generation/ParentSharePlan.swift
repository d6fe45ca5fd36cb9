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
    /// When the price is a grandparent's: the parent's reference column and the entity it references, whose
    /// `parentColumn` the price is (a tenant's rent payment pays the rent of the tenant's unit).
    var via: (column: Int, entity: Int)? = nil
    /// A sibling flag that picks the share: a play marked `completed` ran 90–100 % of its film, any other stopped
    /// earlier (`SchemaResolver.applyPlayedShare`).
    var byFlag: (column: Int, whenSet: ClosedRange<Double>, otherwise: ClosedRange<Double>)? = nil
    /// The parent's value in the row's unit: 60 for a film's minutes counted in seconds played.
    var scale: Double = 1
    /// The least the row holds when the parent has any (a play of a two-second clip ran at least one second).
    var minimum: Double? = nil
}

extension RowContext {
    func parentShare(_ plan: ParentSharePlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        if let price = plan.via.map({ via in grandparentScalar(plan.referenceColumn, plan.parentEntity, via, plan.parentColumn) })
            ?? parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn) {
            var share = plan.share
            if let flag = plan.byFlag {
                ensure(flag.column)
                share = !nulls[flag.column] && scalars[flag.column] == 1 ? flag.whenSet : flag.otherwise
            }
            let factor = (share.lowerBound + (share.upperBound - share.lowerBound) * r.unit()) * plan.scale
            guard let q = plan.quantityColumn else { return .real(plan.minimum.map { Swift.max($0, price * factor) } ?? price * factor) }
            ensure(q)
            guard !nulls[q], !scalars[q].isNaN else { return generateOwn(plan.fallback, r, &out) }
            return .real(price * factor * scalars[q])
        }
        return generateOwn(plan.fallback, r, &out)
    }
}

extension RowContext {
    /// A column of the row's grandparent: through `refColumn` to `parentEntity`, then its `via.column` to `via.entity`.
    func grandparentScalar(_ refColumn: Int, _ parentEntity: Int, _ via: (column: Int, entity: Int), _ column: Int) -> Double? {
        ensure(refColumn)
        let p = parentRows[refColumn]
        guard !nulls[refColumn], p >= 0 else { return nil }
        let parent = parentContext(parentEntity)
        let g = parent.parentRow(via.column, row: p)
        guard g >= 0 else { return nil }
        return parent.parentContext(via.entity).scalar(column, row: g)
    }
}
