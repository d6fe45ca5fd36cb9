/// A child's time at or after its parent's start (`SchemaResolver.applyAfterParentStart`).
struct AfterParentStartPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    /// The parent's start: a time, or an integer year.
    let parentColumn: Int
    let parentIsYear: Bool
    let time: any TimeRangeGenerator
}

extension RowContext {
    func afterParentStart(_ plan: AfterParentStartPlan, _ r: CellRandom, into out: inout [UInt8]) -> KindValue {
        ensure(plan.referenceColumn)
        cell.pointee.r = r
        cell.pointee.unique = nil
        let p = parentRows[plan.referenceColumn]
        if !nulls[plan.referenceColumn], p >= 0, let start = parentContext(plan.parentEntity).scalar(plan.parentColumn, row: p) {
            let year = Int(min(max(start, 1), 9999))
            let seconds = plan.parentIsYear ? CivilTime.days(year: year, month: 1, day: 1) * 86_400 : Int64(start)
            return plan.time.generate(after: seconds, &cell.pointee)
        }
        return plan.time.generate(&cell.pointee, &out)
    }
}
