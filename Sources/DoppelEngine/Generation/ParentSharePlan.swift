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
}

extension RowContext {
    func parentShare(_ plan: ParentSharePlan, _ r: inout CellRandom, into out: inout [UInt8]) -> KindValue {
        if let price = plan.via.map({ via in grandparentScalar(plan.referenceColumn, plan.parentEntity, via, plan.parentColumn) })
            ?? parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn) {
            let factor = plan.share.lowerBound + (plan.share.upperBound - plan.share.lowerBound) * r.unit()
            guard let q = plan.quantityColumn else { return .real(price * factor) }
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
