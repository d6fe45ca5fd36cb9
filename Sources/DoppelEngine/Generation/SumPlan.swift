/// A total made of its parts (`SchemaResolver.applyTotalOfParts`): the base (a bill's subtotal) plus what is added to
/// it (tax, tip, delivery fee) less what is taken off (a discount); an empty part counts nothing, an empty base gives
/// the column's own value.
struct SumPlan: Sendable {
    let base: Int
    let added: [Int]
    let taken: [Int]
    let fallback: any KindGenerator
    /// Hours of labour billed on top, each at a rate drawn for the row in `SchemaResolver.labourRate` (a job's total).
    var hours: Int? = nil
}

extension RowContext {
    func sum(_ plan: SumPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        for c in [plan.base] + plan.added + plan.taken { ensure(c) }
        if let h = plan.hours { ensure(h) }
        guard !nulls[plan.base], scalars[plan.base].isFinite else { return generateOwn(plan.fallback, r, &out) }
        func part(_ c: Int) -> Double { nulls[c] || !scalars[c].isFinite ? 0 : scalars[c] }
        var total = scalars[plan.base] + plan.added.reduce(0) { $0 + part($1) } - plan.taken.reduce(0) { $0 + part($1) }
        if let h = plan.hours {
            var r = r
            let rate = SchemaResolver.labourRate
            total += part(h) * (rate.lowerBound + (rate.upperBound - rate.lowerBound) * r.unit())
        }
        return .real(Swift.max(0, total))
    }
}
