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
    /// Another parent's start the row also follows, where the period allows: a donation to a campaign
    /// after its donor's `donor_since` as well as within the campaign.
    var alsoAfter: (referenceColumn: Int, parentEntity: Int, parentColumn: Int, isYear: Bool)? = nil
    /// How soon after the parent's moment the child comes, when it is a step of the parent's process (a payment
    /// within two days of its order: `SchemaResolver.applyProcessSteps`); nil for any time after it.
    var within: ActivitySpan? = nil
    /// The parent's column read when `parentColumn` is empty: a review follows a stay's check-out, or its
    /// booking when the stay has none.
    var orColumn: Int? = nil
    /// Seconds around the parent's moment the child falls in, when it is there at that moment (a ticket's check-in
    /// from an hour before its event starts: `SchemaResolver.applyArrivalsAtOccasions`).
    var around: ClosedRange<Int64>? = nil

    static func seconds(of start: Double, isYear: Bool) -> Int64 {
        isYear ? CivilTime.startOfYear(start) : Int64(start)
    }
}

extension RowContext {
    func afterParentStart(_ plan: AfterParentStartPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.referenceColumn)
        cell.pointee.r = r
        cell.pointee.unique = nil
        var p = nulls[plan.referenceColumn] ? -1 : parentRows[plan.referenceColumn]
        var source = parentContext(plan.parentEntity)
        if let via = plan.via, p >= 0 {
            p = source.parentRow(via.column, row: p)
            source = source.parentContext(via.entity)
        }
        if p >= 0, let start = source.scalar(plan.parentColumn, row: p) ?? plan.orColumn.flatMap({ source.scalar($0, row: p) }) {
            var seconds = AfterParentStartPlan.seconds(of: start, isYear: plan.parentIsYear)
            let end = plan.parentEnd.flatMap { source.scalar($0, row: p) }.map { Int64($0) }
            if let other = plan.alsoAfter {
                ensure(other.referenceColumn)
                let q = nulls[other.referenceColumn] ? -1 : parentRows[other.referenceColumn]
                if q >= 0, let s = parentContext(other.parentEntity).scalar(other.parentColumn, row: q) {
                    let t = AfterParentStartPlan.seconds(of: s, isYear: other.isYear)
                    if t > seconds, end.map({ t < $0 }) ?? true { seconds = t }
                }
            }
            if let span = plan.within { return soonAfter(seconds, span, plan.time) }
            if let around = plan.around { return plan.time.value(atSeconds: seconds + cell.pointee.r.between(around.lowerBound, around.upperBound)) }
            let drawn = plan.time.generate(after: seconds, &cell.pointee)
            // Within the period: a drawn time past the parent's end moves back inside it.
            if let end, end > seconds {
                let at: Int64
                switch drawn {
                case let .seconds(s): at = s
                case let .days(d): at = d * 86_400
                default: return drawn
                }
                if at > end {
                    // Onto a day of the period at the drawn time of day (a performance stays at 19:30); an end at
                    // midnight is a date, which takes in its whole day.
                    let last = end % 86_400 == 0 ? end + 86_399 : end
                    let tod = at - CivilTime.floorDiv(at, 86_400) * 86_400
                    let firstDay = CivilTime.floorDiv(seconds, 86_400), lastDay = CivilTime.floorDiv(last, 86_400)
                    var t = (firstDay + Int64(cell.pointee.r.below(Int(lastDay - firstDay) + 1))) * 86_400 + tod
                    if t < seconds { t += 86_400 }
                    if t > last { t = cell.pointee.r.between(seconds, end) }
                    return plan.time.value(atSeconds: t)
                }
            }
            return drawn
        }
        return plan.time.generate(&cell.pointee, &out)
    }

    /// A time within `span` of `start`, in the column's own mode where it is a plain time (an interview in the
    /// working day, on a quarter hour).
    private func soonAfter(_ start: Int64, _ span: ActivitySpan, _ time: any TimeRangeGenerator) -> KindValue {
        let lo = start + Int64(span.seconds.lowerBound), hi = start + Int64(span.seconds.upperBound)
        if let t = time as? TimeKind {
            return TimeKind(lo: lo, hi: hi, isDateOnly: t.isDateOnly, mode: t.mode).generate(after: lo, &cell.pointee)
        }
        return EndAfter.value(start: start, isDateOnly: time.isDateOnly, span: span, &cell.pointee.r)
    }
}
