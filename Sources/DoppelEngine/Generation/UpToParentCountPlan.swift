/// A child's place among its parent's counted parts: a unit's `floor` is one of its building's `floors`,
/// a seat's `row` one of its venue's `rows` (`SchemaResolver.applyUpToParentCount`).
struct UpToParentCountPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    /// The column's own kind, for rows whose reference or parent count is NULL or below one.
    let fallback: any KindGenerator
}

extension RowContext {
    func upToParentCount(_ plan: UpToParentCountPlan, _ r: inout CellRandom, into out: inout [UInt8]) -> KindValue {
        if let count = parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn), count >= 1 {
            return .int(1 + Int64(r.below(Int(min(count, 1_000_000)))))
        }
        return generateOwn(plan.fallback, r, &out)
    }
}
