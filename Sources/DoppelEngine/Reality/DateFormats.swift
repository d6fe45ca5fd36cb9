import DoppelText

/// Dates, datetimes and times written the ways people and other systems
/// write them: US, European, written month, epoch seconds, 12-hour clocks.
enum DateFormats {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"].map { Array($0.utf8) }

    /// A parsed ISO value: date parts (nil for a time) and time parts (nil for a date).
    struct Parts {
        var year = 0, month = 0, day = 0
        var hour = 0, minute = 0, second = 0
        var hasDate = false, hasTime = false
    }

    private static func digits(_ s: [UInt8], _ from: Int, _ count: Int) -> Int? {
        guard from + count <= s.count else { return nil }
        var v = 0
        for i in from..<(from + count) {
            let d = Int(s[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            v = v * 10 + d
        }
        return v
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SSZ` or `HH:MM:SS`.
    static func parse(_ s: [UInt8]) -> Parts? {
        var p = Parts()
        if s.count == 8, s[2] == 58, s[5] == 58, let h = digits(s, 0, 2), let m = digits(s, 3, 2), let sec = digits(s, 6, 2) {
            p.hour = h; p.minute = m; p.second = sec; p.hasTime = true
            return p
        }
        guard s.count >= 10, s[4] == 45, s[7] == 45, let y = digits(s, 0, 4), let mo = digits(s, 5, 2), let d = digits(s, 8, 2),
              (1...12).contains(mo) else { return nil }
        p.year = y; p.month = mo; p.day = d; p.hasDate = true
        if s.count == 10 { return p }
        guard s.count >= 19, s[10] == 84 || s[10] == 32, let h = digits(s, 11, 2), let m = digits(s, 14, 2), let sec = digits(s, 17, 2)
        else { return nil }
        p.hour = h; p.minute = m; p.second = sec; p.hasTime = true
        return p
    }

    private static func two(_ v: Int, _ out: inout CellBytes) { ByteFormat.appendPadded(v, width: 2, to: &out) }
    private static func num(_ v: Int, _ out: inout CellBytes) { ByteFormat.appendInt(v, to: &out) }
    private static func text(_ s: String, _ out: inout CellBytes) { out.append(contentsOf: s.utf8) }

    /// `h:MM` or `h:MM:SS` with AM/PM.
    private static func twelveHour(_ p: Parts, seconds: Bool, _ out: inout CellBytes) {
        let h = p.hour % 12 == 0 ? 12 : p.hour % 12
        num(h, &out); out.append(58); two(p.minute, &out)
        if seconds { out.append(58); two(p.second, &out) }
        text(p.hour < 12 ? " AM" : " PM", &out)
    }

    private static func hhmm(_ p: Parts, seconds: Bool, _ out: inout CellBytes) {
        two(p.hour, &out); out.append(58); two(p.minute, &out)
        if seconds { out.append(58); two(p.second, &out) }
    }

    /// Writes the value in a format other than its ISO one; false when it does not parse.
    static func reformat(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let p = parse(s) else { return false }
        let month = monthNames[p.month > 0 ? p.month - 1 : 0]
        let mon = month[0..<3]
        switch (p.hasDate, p.hasTime) {
        case (false, _):
            switch r.below(4) {
            case 0: twelveHour(p, seconds: false, &out)                  // 2:22 PM
            case 1: hhmm(p, seconds: false, &out)                        // 14:22
            case 2: two(p.hour, &out); out.append(46); two(p.minute, &out)  // 14.22
            default: twelveHour(p, seconds: true, &out)                  // 2:22:10 PM
            }
        case (true, false):
            switch r.below(7) {
            case 0: two(p.month, &out); out.append(47); two(p.day, &out); out.append(47); num(p.year, &out)   // 03/05/2024
            case 1: two(p.day, &out); out.append(47); two(p.month, &out); out.append(47); num(p.year, &out)   // 05/03/2024
            case 2: two(p.day, &out); out.append(46); two(p.month, &out); out.append(46); num(p.year, &out)   // 05.03.2024
            case 3: num(p.day, &out); out.append(32); out.appendBytes(mon); out.append(32); num(p.year, &out)  // 5 Mar 2024
            case 4: out.appendBytes(month); out.append(32); num(p.day, &out); text(", ", &out); num(p.year, &out)  // March 5, 2024
            case 5: num(p.year, &out); out.append(47); two(p.month, &out); out.append(47); two(p.day, &out)   // 2024/03/05
            default: two(p.day, &out); out.append(45); out.appendBytes(mon); out.append(45); num(p.year, &out)  // 05-Mar-2024
            }
        case (true, true):
            switch r.below(7) {
            case 0:  // 2024-03-05 14:22:10
                out.appendBytes(s[0..<10]); out.append(32); hhmm(p, seconds: true, &out)
            case 1:  // 03/05/2024 2:22 PM
                two(p.month, &out); out.append(47); two(p.day, &out); out.append(47); num(p.year, &out); out.append(32)
                twelveHour(p, seconds: false, &out)
            case 2:  // 05/03/2024 14:22
                two(p.day, &out); out.append(47); two(p.month, &out); out.append(47); num(p.year, &out); out.append(32)
                hhmm(p, seconds: false, &out)
            case 3:  // 05.03.2024 14:22:10
                two(p.day, &out); out.append(46); two(p.month, &out); out.append(46); num(p.year, &out); out.append(32)
                hhmm(p, seconds: true, &out)
            case 4:  // 5 Mar 2024 14:22
                num(p.day, &out); out.append(32); out.appendBytes(mon); out.append(32); num(p.year, &out); out.append(32)
                hhmm(p, seconds: false, &out)
            case 5:  // March 5, 2024 2:22:10 PM
                out.appendBytes(month); out.append(32); num(p.day, &out); text(", ", &out); num(p.year, &out); out.append(32)
                twelveHour(p, seconds: true, &out)
            default:  // epoch seconds
                let days = CivilTime.days(year: p.year, month: p.month, day: p.day)
                ByteFormat.appendInt(days * 86_400 + Int64(p.hour * 3600 + p.minute * 60 + p.second), to: &out)
            }
        }
        return true
    }

    /// The same kind of value moved a little (a near-duplicate's changed date), in its own format.
    static func shift(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let p = parse(s) else { return false }
        let sign: Int64 = r.below(2) == 0 ? -1 : 1
        switch (p.hasDate, p.hasTime) {
        case (false, _):
            let t = Int64(p.hour * 3600 + p.minute * 60 + p.second) + sign * Int64(60 * (1 + r.below(90)))
            CivilTime.appendTime(secondOfDay: t, to: &out)
        case (true, false):
            CivilTime.appendDate(days: CivilTime.days(year: p.year, month: p.month, day: p.day) + sign * Int64(1 + r.below(3)), to: &out)
        case (true, true):
            let t = CivilTime.days(year: p.year, month: p.month, day: p.day) * 86_400 + Int64(p.hour * 3600 + p.minute * 60 + p.second)
            CivilTime.appendDateTime(seconds: t + sign * Int64(60 * (1 + r.below(180))), to: &out)
            if s.count == 19 {  // a text column holding `YYYY-MM-DD HH:MM:SS`: keep that shape
                out.removeLast()
                out[out.count - 9] = 32
            }
        }
        return true
    }
}
