/// A meter's reading when a use ended (`SchemaResolver.applyMeterReadings`): its reading when the use began plus
/// what the use added — by the use's days where the row has a start and an end time (a rental's odometer grows
/// 30–400 a day), else what one use adds.
struct MeterEndPlan: Sendable {
    /// The reading when the use began.
    let start: Int
    /// The row's start and end times, when it has both.
    var from: Int? = nil
    var to: Int? = nil
    /// What a day of use adds, and what a use adds when the row has no times.
    let perDay: ClosedRange<Double>
    let perUse: ClosedRange<Double>
    let integer: Bool
    /// The column's own kind, for a row whose start reading is empty.
    let fallback: any KindGenerator
}

extension RowContext {
    func meterEnd(_ plan: MeterEndPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.start)
        if let a = plan.from { ensure(a) }
        if let b = plan.to { ensure(b) }
        cell.pointee.r = r
        cell.pointee.unique = nil
        guard !nulls[plan.start], scalars[plan.start].isFinite else { return plan.fallback.generate(&cell.pointee, &out) }
        var added: Double
        if let a = plan.from, let b = plan.to, !nulls[a], !nulls[b], scalars[b].isFinite, scalars[a].isFinite, scalars[b] > scalars[a] {
            let days = Swift.max(1.0 / 24, (scalars[b] - scalars[a]) / 86_400)
            added = days * (plan.perDay.lowerBound + cell.pointee.r.unit() * (plan.perDay.upperBound - plan.perDay.lowerBound))
        } else {
            added = plan.perUse.lowerBound + cell.pointee.r.unit() * (plan.perUse.upperBound - plan.perUse.lowerBound)
        }
        let end = scalars[plan.start] + added
        return plan.integer ? .int(Int64(end.rounded())) : .real((end * 10).rounded() / 10)
    }
}
