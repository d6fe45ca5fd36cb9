/// A child's place among its parent's counted parts: a unit's `floor` is one of its building's `floors`,
/// a seat's `row` one of its venue's `rows` (`SchemaResolver.applyUpToParentCount`).
struct UpToParentCountPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    /// The column's own kind, for rows whose reference or parent count is NULL or below one.
    let fallback: any KindGenerator
    /// The share of rows that take the parent's whole count (a play that runs to the end); the rest
    /// draw from 1 to it. 0: every row draws.
    var wholeShare = 0.0
}

extension RowContext {
    func upToParentCount(_ plan: UpToParentCountPlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        if let count = parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn), count >= 1 {
            let top = Int(min(count, 1_000_000))
            if plan.wholeShare > 0, r.unit() < plan.wholeShare { return .int(Int64(top)) }
            return .int(1 + Int64(r.below(top)))
        }
        return generateOwn(plan.fallback, r, &out)
    }
}
