/// A child's time at or after its parent's start (`SchemaResolver.applyAfterParentStart`).
struct AfterParentStartPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    /// The parent's start: a time, or an integer year.
    let parentColumn: Int
    let parentIsYear: Bool
    var time: any TimeRangeGenerator
    /// The parent's end, when the child happens within the parent's period (a claim within its policy).
    var parentEnd: Int? = nil
    /// When the parent has no start of its own: its reference column and the entity it references, whose
    /// start `parentColumn` is (a play of a track after the track's album was released).
    var via: (column: Int, entity: Int)? = nil
}

extension RowContext {
    func afterParentStart(_ plan: AfterParentStartPlan, _ r: CellRandom, into out: inout [UInt8]) -> KindValue {
        ensure(plan.referenceColumn)
        cell.pointee.r = r
        cell.pointee.unique = nil
        var p = nulls[plan.referenceColumn] ? -1 : parentRows[plan.referenceColumn]
        var source = parentContext(plan.parentEntity)
        if let via = plan.via, p >= 0 {
            p = source.parentRow(via.column, row: p)
            source = source.parentContext(via.entity)
        }
        if p >= 0, let start = source.scalar(plan.parentColumn, row: p) {
            let year = Int(min(max(start, 1), 9999))
            let seconds = plan.parentIsYear ? CivilTime.days(year: year, month: 1, day: 1) * 86_400 : Int64(start)
            let drawn = plan.time.generate(after: seconds, &cell.pointee)
            // Within the period: a drawn time past the parent's end moves back inside it.
            if let e = plan.parentEnd, let end = source.scalar(e, row: p), Int64(end) > seconds {
                let at: Int64
                switch drawn {
                case let .seconds(s): at = s
                case let .days(d): at = d * 86_400
                default: return drawn
                }
                if at > Int64(end) { return plan.time.value(atSeconds: cell.pointee.r.between(seconds, Int64(end))) }
            }
            return drawn
        }
        return plan.time.generate(&cell.pointee, &out)
    }
}
