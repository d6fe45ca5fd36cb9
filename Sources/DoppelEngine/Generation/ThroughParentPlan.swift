/// A reference derived through another reference (`SchemaResolver.applyReferenceDiamonds`):
/// the key the row's parent holds in its own reference column.
struct ThroughParentPlan: Sendable {
    /// The child's reference to the parent whose key is copied.
    let referenceColumn: Int
    let parentEntity: Int
    /// The parent's reference column to the shared entity.
    let parentColumn: Int
    /// The parent's other reference to it, when the parent pairs two of its rows (a match of two users): the
    /// row takes one of the two, drawn (a message in a match is sent by one of its two people).
    var otherParentColumn: Int? = nil
    /// The column's own reference, for rows whose parent reference or parent cell is NULL.
    let fallback: ReferencePlan
}

extension RowContext {
    /// The key of the shared entity the row's parent references, or the column's own
    /// draw where there is none. Records the shared entity's row, so cells that read
    /// through this column (a parent's name, a child's time after its parent's) see it.
    func throughParent(_ col: Int, _ plan: ThroughParentPlan, _ r: inout CellRandom, into out: inout CellBytes) -> CellTag {
        ensure(plan.referenceColumn)
        let p = parentRows[plan.referenceColumn]
        if !nulls[plan.referenceColumn], p >= 0 {
            let parent = parentContext(plan.parentEntity)
            let start = out.count
            let pc = plan.otherParentColumn.map { r.chance(0.5) ? $0 : plan.parentColumn } ?? plan.parentColumn
            let tag = parent.appendCell(pc, row: p, into: &out)
            let shared = parent.parentRows[pc]
            if tag != .null, shared >= 0 {
                parentRows[col] = shared
                scalars[col] = parent.scalars[pc]
                return tag
            }
            out.removeSubrange(start...)
        }
        return ownReference(col, plan.fallback, &r, into: &out)
    }
}
