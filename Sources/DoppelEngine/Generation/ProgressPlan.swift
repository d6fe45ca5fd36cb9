/// How far a record has got, as its status says (`SchemaResolver.applyProgress`): 100 % once completed,
/// 0 before it started, in between otherwise.
struct ProgressPlan: Sendable {
    /// Statuses that mean finished, and (when the status has such values) not yet begun.
    let done: StatusHeldPlan
    let notStarted: StatusHeldPlan?
    /// The whole: 100 for a percent, 1 for a fraction.
    let whole: Double
}

extension RowContext {
    func progress(_ plan: ProgressPlan, _ r: inout CellRandom) -> KindValue {
        if statusHolds(plan.done) { return .real(plan.whole) }
        if let n = plan.notStarted, statusHolds(n) { return .real(0) }
        // Under way: anywhere from a first step to nearly done.
        return .real(plan.whole * Double(1 + r.below(99)) / 100)
    }
}
