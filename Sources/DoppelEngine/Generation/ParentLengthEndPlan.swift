/// An end that follows its start by the length its parent states (`SchemaResolver.applyParentLengthEnd`):
/// the parent's `runtime_minutes` in `unit` seconds, plus a lead drawn in `lead` seconds (trailers).
struct ParentLengthEndPlan: Sendable {
    let start: Int
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    let unit: Double
    let lead: ClosedRange<Double>
    /// The end's own span, for a row whose parent or length is NULL.
    let fallback: any TimeRangeGenerator
    let span: ActivitySpan
}

extension RowContext {
    func parentLengthEnd(_ plan: ParentLengthEndPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.start)
        ensure(plan.referenceColumn)
        cell.pointee.r = r
        cell.pointee.unique = nil
        if nulls[plan.start] || scalars[plan.start].isNaN { return plan.fallback.generate(&cell.pointee, &out) }
        let start = Int64(scalars[plan.start])
        let p = nulls[plan.referenceColumn] ? -1 : parentRows[plan.referenceColumn]
        guard p >= 0, let length = parentContext(plan.parentEntity).scalar(plan.parentColumn, row: p), length.isFinite, length > 0,
              length * plan.unit < 1e9 else {
            return end(after: start, isDateOnly: plan.fallback.isDateOnly, span: plan.span)
        }
        let lead = plan.lead.lowerBound + cell.pointee.r.unit() * (plan.lead.upperBound - plan.lead.lowerBound)
        return plan.fallback.value(atSeconds: start + Int64((length * plan.unit + lead).rounded()))
    }
}
