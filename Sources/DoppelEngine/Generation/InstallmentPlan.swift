/// A numbered installment of a series (an episode, an issue, a season) counts the periods from its series'
/// start to its own time: `1 + ⌊(time − start) / period⌋`, so later episodes of a show have higher numbers
/// (`SchemaResolver.applyInstallments`). The column's own kind where the row's time or the start is NULL.
struct InstallmentPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    /// The series' start (a time, or an integer year).
    let parentColumn: Int
    let parentIsYear: Bool
    /// The row's own time, drawn after the series' start.
    let timeColumn: Int
    /// Seconds between installments.
    let period: Double
    let fallback: any KindGenerator
}

extension RowContext {
    func installment(_ plan: InstallmentPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.timeColumn)
        guard !nulls[plan.timeColumn], scalars[plan.timeColumn].isFinite,
              let start = parentScalar(plan.referenceColumn, plan.parentEntity, plan.parentColumn), start.isFinite else {
            return generateOwn(plan.fallback, r, &out)
        }
        let from = Double(AfterParentStartPlan.seconds(of: start, isYear: plan.parentIsYear))
        return .int(1 + Int64((max(0, scalars[plan.timeColumn] - from) / plan.period).rounded(.down)))
    }
}
