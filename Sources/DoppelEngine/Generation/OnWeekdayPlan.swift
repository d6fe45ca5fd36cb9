/// A date on the weekday its parent meets (`SchemaResolver.applyParentWeekday`): an attendance of a class held
/// on Fridays is on a Friday. The inner source draws the date; it then moves forward to that weekday (back a
/// week when that would pass the data's moment).
struct OnWeekdayPlan: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    /// The parent's weekday column (`day_of_week`: Monday … Sunday).
    let parentColumn: Int

    /// Monday 0 … Sunday 6 of a weekday's name or its first three letters; nil for anything else.
    static func weekday(_ name: some Sequence<UInt8>) -> Int? {
        let head = Array(name.prefix(3)).map { $0 | 0x20 }
        return weekdayHeads.firstIndex(of: head)
    }

    /// The first three letters of each weekday's name, lower-case, Monday first (built once: read per cell).
    static let weekdayHeads: [[UInt8]] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { Array($0.utf8) }
}

extension RowContext {
    /// The cell `tag` the inner source wrote at `start`, moved to its parent's weekday.
    func moveToParentWeekday(_ plan: OnWeekdayPlan, _ f: CellProgram, _ col: Int, _ tag: CellTag, _ start: Int,
                             into out: inout CellBytes) -> CellTag {
        ensure(plan.referenceColumn)
        let p = parentRows[plan.referenceColumn]
        guard tag == .date || tag == .datetime, !nulls[plan.referenceColumn], p >= 0, scalars[col].isFinite else { return tag }
        let mark = out.count
        let parentTag = parentContext(plan.parentEntity).appendCell(plan.parentColumn, row: p, into: &out)
        let target = parentTag == .null ? nil : OnWeekdayPlan.weekday(out[mark...])
        out.removeSubrange(mark...)
        guard let target else { return tag }
        let seconds = Int64(scalars[col])
        let day = CivilTime.floorDiv(seconds, 86_400)
        var shift = Int64((target - CivilTime.weekday(day) + 7) % 7)
        if shift == 0 { return tag }
        if seconds + shift * 86_400 > self.plan.anchor { shift -= 7 }
        out.removeSubrange(start...)
        return render(col, f.type, f.precision, tag == .date ? .days(day + shift) : .seconds(seconds + shift * 86_400), start, &out)
    }
}
