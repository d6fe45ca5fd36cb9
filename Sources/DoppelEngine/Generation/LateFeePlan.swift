/// A fine for keeping something past its due date (`SchemaResolver.applyLateFees`): nothing when it came
/// back on time, the days late times a daily rate when it did not. A thing not yet back is late by the
/// days from its due date to the data's moment (`DatasetPlan.anchor`).
struct LateFeePlan: Sendable {
    let dueColumn: Int
    let returnedColumn: Int
    /// The charge per day late, drawn log-uniformly per row.
    let perDay: ClosedRange<Double>
    /// The column's own kind, for rows whose due date is NULL.
    let fallback: any KindGenerator
    /// The most days a fine counts.
    static let maxDays: Double = 30
}

extension RowContext {
    func lateFee(_ plan: LateFeePlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.dueColumn)
        ensure(plan.returnedColumn)
        guard !nulls[plan.dueColumn], scalars[plan.dueColumn].isFinite else { return generateOwn(plan.fallback, r, &out) }
        let back = !nulls[plan.returnedColumn] && scalars[plan.returnedColumn].isFinite
            ? scalars[plan.returnedColumn] : Double(self.plan.anchor)
        let daysLate = ((back - scalars[plan.dueColumn]) / 86_400).rounded(.down)
        guard daysLate >= 1 else { return .real(0) }
        let rate = Mathx.logUniform(plan.perDay, r.unit())
        // Fines stop after a month: a library then bills the book, a hire firm the lost item, not a year of days.
        return .real((min(daysLate, LateFeePlan.maxDays) * rate * 100).rounded() / 100)
    }
}
