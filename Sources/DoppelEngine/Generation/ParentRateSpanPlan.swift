/// A row's total from the rate of the record it references and its own span: a rental's total is its
/// vehicle's `daily_rate` times the whole days from `start_date` to `end_date` (at least one).
struct ParentRateSpanPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    let start: Int
    let end: Int
    /// Seconds in the rate's period.
    let period: Double
    /// The column's own kind, for rows whose reference, rate, start or end is NULL.
    let fallback: any KindGenerator
}

extension RowContext {
    func parentRateTimesSpan(_ plan: ParentRateSpanPlan, _ r: CellRandom, into out: inout [UInt8]) -> KindValue {
        ensure(plan.referenceColumn)
        ensure(plan.start)
        ensure(plan.end)
        let p = parentRows[plan.referenceColumn]
        guard !nulls[plan.referenceColumn], p >= 0, !nulls[plan.start], !nulls[plan.end], !scalars[plan.start].isNaN, !scalars[plan.end].isNaN,
              let rate = parentContext(plan.parentEntity).scalar(plan.parentColumn, row: p) else { return generateOwn(plan.fallback, r, &out) }
        let periods = max(1, ((scalars[plan.end] - scalars[plan.start]) / plan.period).rounded())
        return .real(rate * periods)
    }
}
