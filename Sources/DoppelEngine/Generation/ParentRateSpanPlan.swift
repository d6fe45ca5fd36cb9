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
    /// A count of the rate's units in the row (`hours`, `scoops`), -1 for none: the value is then the
    /// rate times that count, and `start`, `end` and `period` are not read.
    var count = -1
    /// How many of `count` make one of the rate's units: 60 when an hourly rate meets `duration_minutes`.
    var countPerUnit: Double = 1
}

extension RowContext {
    func parentRateTimesSpan(_ plan: ParentRateSpanPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        let rate = parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn)
        if plan.count >= 0 {
            ensure(plan.count)
            guard let rate, !nulls[plan.count], !scalars[plan.count].isNaN else { return generateOwn(plan.fallback, r, &out) }
            return .real(rate * scalars[plan.count] / plan.countPerUnit)
        }
        ensure(plan.start)
        ensure(plan.end)
        guard let rate, !nulls[plan.start], !nulls[plan.end], !scalars[plan.start].isNaN, !scalars[plan.end].isNaN else {
            return generateOwn(plan.fallback, r, &out)
        }
        return .real(rate * Self.wholePeriods(from: scalars[plan.start], to: scalars[plan.end], period: plan.period))
    }
}
