/// A charge by how long a row lasts, at a rate drawn for the row: a parking stay's fee is each period
/// begun from `start` to `end` (at least one) at a rate in `rate`, in halves of a unit (2.50 an hour,
/// not 2.37). The column's own kind where the start or end is NULL (`SchemaResolver.chargeBySpan`).
struct SpanChargePlan: Sendable {
    let start: Int
    let end: Int
    /// Seconds in the rate's period.
    let period: Double
    let rate: ClosedRange<Double>
    let fallback: any KindGenerator
}

extension RowContext {
    func spanCharge(_ plan: SpanChargePlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.start)
        ensure(plan.end)
        guard !nulls[plan.start], !nulls[plan.end], scalars[plan.start].isFinite, scalars[plan.end].isFinite else {
            return generateOwn(plan.fallback, r, &out)
        }
        let begun = max(1, ((scalars[plan.end] - scalars[plan.start]) / plan.period).rounded(.up))
        let rate = ((plan.rate.lowerBound + (plan.rate.upperBound - plan.rate.lowerBound) * r.unit()) * 2).rounded() / 2
        return .real(rate * begun)
    }
}
