import DoppelText

/// Every `date.*`, `datetime.*` and `time.*` kind: a value in a window of
/// instants, optionally on weekdays or in business hours.
struct TimeKind: TimeRangeGenerator {
    enum Mode: Sendable, Equatable {
        case any, weekday, businessHours
        /// Any day, between two times of day (seconds after midnight), on a multiple of `step` seconds:
        /// when people start what they do (`SchemaResolver.applyWakingStarts`).
        case daytime(from: Int64, to: Int64, step: Int64)

        /// Whether any day of the window may be drawn (not only weekdays): a window a rule may move.
        var anyDay: Bool {
            switch self {
            case .any, .daytime: return true
            case .weekday, .businessHours: return false
            }
        }
    }

    let lo: Int64
    let hi: Int64
    let isDateOnly: Bool
    let mode: Mode

    var uniqueCapacity: UInt64 {
        let span = UInt64(max(0, hi - lo))
        return isDateOnly ? span / 86_400 + 1 : span + 1
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique {
            let s = isDateOnly ? lo + Int64(u) * 86_400 : lo + Int64(u)
            return isDateOnly ? .days(CivilTime.floorDiv(s, 86_400)) : .seconds(s)
        }
        return generate(after: lo, &c)
    }

    func generate(after lowerBound: Int64, _ c: inout CellContext) -> KindValue {
        var a = max(lo, lowerBound)
        var b = hi
        // A parent or start later than the window's end: stay a little after it.
        if a > b { b = a + 30 * 86_400 }
        if isDateOnly { a = CivilTime.floorDiv(a + 86_399, 86_400) * 86_400 }
        var s = c.r.between(a, max(a, b))
        switch mode {
        case .any: break
        case .weekday, .businessHours:
            var d = CivilTime.floorDiv(s, 86_400)
            let w = CivilTime.weekday(d)
            if w >= 5 { d += Int64(7 - w) }  // Saturday/Sunday → next Monday
            s = d * 86_400
            if mode == .businessHours { s += 9 * 3600 + c.r.between(0, 8 * 3600 - 1) }
            else if !isDateOnly { s += c.r.between(0, 86_399) }
        case let .daytime(from, to, step):
            let day = CivilTime.floorDiv(s, 86_400) * 86_400
            s = day + from + c.r.between(0, max(0, (to - from) / max(1, step))) * max(1, step)
            // the window's first or last day may not reach the time drawn: the next or the day before
            if s < a { s += 86_400 } else if s > b, s - 86_400 >= a { s -= 86_400 }
        }
        return value(atSeconds: s)
    }

    func value(atSeconds s: Int64) -> KindValue {
        isDateOnly ? .days(CivilTime.floorDiv(s, 86_400)) : .seconds(s)
    }
}

/// `time.of_day`, `time.business_hours` and `time.schedule`.
struct TimeOfDayKind: KindGenerator {
    let lo: Int64
    let hi: Int64
    /// Seconds between the times drawn: 1, or 900 for a schedule's quarter hours (`time.schedule`).
    var step: Int64 = 1
    var uniqueCapacity: UInt64 { UInt64(max(0, (hi - lo) / step) + 1) }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { return .timeOfDay(lo + Int64(u) * step) }
        return .timeOfDay(lo + c.r.between(0, max(0, (hi - lo) / step)) * step)
    }
}

/// `date.weekday` as a name (for text fields).
struct WeekdayNameKind: KindGenerator {
    static let names = WordTable("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
    var uniqueCapacity: UInt64 { 7 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        // Weekdays dominate, as they do in business records.
        let i = c.unique.map { Int($0) } ?? (c.r.chance(0.85) ? c.r.below(5) : 5 + c.r.below(2))
        Self.names.append(i, to: &out)
        return .text
    }
}
