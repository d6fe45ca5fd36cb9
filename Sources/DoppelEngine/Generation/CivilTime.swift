import DoppelText

/// Calendar arithmetic on the proleptic Gregorian calendar in UTC, by hand
/// (Howard Hinnant's days-from-civil algorithms), so dates format without
/// Foundation and identically everywhere.
public enum CivilTime {
    public static let secondsPerDay: Int64 = 86_400

    /// Days since 1970-01-01 of a civil date.
    public static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day before the same day `months` months on (a twelve-month term from 2024-09-08 ends on 2025-09-07),
    /// the day clamped to the shorter month's last.
    public static func termEnd(fromDay day: Int64, months: Int) -> Int64 {
        let c = civil(day)
        let total = c.year * 12 + (c.month - 1) + months
        let (y, m) = (total / 12, total % 12 + 1)
        let last = Int(days(year: m == 12 ? y + 1 : y, month: m == 12 ? 1 : m + 1, day: 1) - days(year: y, month: m, day: 1))
        return days(year: y, month: m, day: Swift.min(c.day, last)) - 1
    }

    /// Seconds since the epoch at the start of 1 January of a year held as a number (a year column's
    /// value), clamped to the years 1–9999 so no value can overflow.
    public static func startOfYear(_ year: Double) -> Int64 {
        days(year: Int(min(max(year.isNaN ? 1 : year, 1), 9999)), month: 1, day: 1) * secondsPerDay
    }

    /// The civil date of a day number.
    public static func civil(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }

    /// 0 = Monday … 6 = Sunday.
    public static func weekday(_ days: Int64) -> Int {
        let w = (days + 3) % 7  // 1970-01-01 was a Thursday
        return Int(w < 0 ? w + 7 : w)
    }

    @inline(__always) public static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// `YYYY-MM-DD`.
    public static func appendDate(days: Int64, to out: inout CellBytes) {
        let c = civil(days)
        guard (0...9999).contains(c.year) else {
            ByteFormat.appendPadded(c.year, width: 4, to: &out)
            out.append(45)
            ByteFormat.appendPadded(c.month, width: 2, to: &out)
            out.append(45)
            ByteFormat.appendPadded(c.day, width: 2, to: &out)
            return
        }
        ByteFormat.appendFixedWidth(10, to: &out) { buf in putDate(c, buf, 0) }
    }

    /// `HH:MM:SS` of a second of the day.
    public static func appendTime(secondOfDay s: Int64, to out: inout CellBytes) {
        ByteFormat.appendFixedWidth(8, to: &out) { buf in putTime(s, buf, 0) }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (ISO 8601, UTC).
    public static func appendDateTime(seconds: Int64, to out: inout CellBytes) {
        let d = floorDiv(seconds, secondsPerDay)
        let c = civil(d)
        guard (0...9999).contains(c.year) else {
            appendDate(days: d, to: &out)
            out.append(UInt8(ascii: "T"))
            appendTime(secondOfDay: seconds - d * secondsPerDay, to: &out)
            out.append(UInt8(ascii: "Z"))
            return
        }
        ByteFormat.appendFixedWidth(20, to: &out) { buf in
            putDate(c, buf, 0)
            buf[10] = UInt8(ascii: "T")
            putTime(seconds - d * secondsPerDay, buf, 11)
            buf[19] = UInt8(ascii: "Z")
        }
    }

    /// `YYYY-MM-DD` at `at` (a year of four digits).
    @inline(__always) private static func putDate(_ c: (year: Int, month: Int, day: Int), _ buf: UnsafeMutableRawBufferPointer, _ at: Int) {
        put2(c.year / 100, buf, at)
        put2(c.year % 100, buf, at + 2)
        buf[at + 4] = 45
        put2(c.month, buf, at + 5)
        buf[at + 7] = 45
        put2(c.day, buf, at + 8)
    }

    /// `HH:MM:SS` at `at`.
    @inline(__always) private static func putTime(_ s: Int64, _ buf: UnsafeMutableRawBufferPointer, _ at: Int) {
        let v = Int(((s % secondsPerDay) + secondsPerDay) % secondsPerDay)
        put2(v / 3600, buf, at)
        buf[at + 2] = 58
        put2(v / 60 % 60, buf, at + 3)
        buf[at + 5] = 58
        put2(v % 60, buf, at + 6)
    }

    @inline(__always) private static func put2(_ v: Int, _ buf: UnsafeMutableRawBufferPointer, _ at: Int) {
        buf[at] = UInt8(truncatingIfNeeded: v / 10) &+ 48
        buf[at + 1] = UInt8(truncatingIfNeeded: v % 10) &+ 48
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][Z]` or with a space; nil when malformed.
    public static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard b.count >= 10, let y = num(0, 4), b[4] == 45, let m = num(5, 2), b[7] == 45, let d = num(8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        var seconds = days(year: y, month: m, day: d) * secondsPerDay
        if b.count == 10 { return seconds }
        guard b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == 32, let hh = num(11, 2), b[13] == 58, let mm = num(14, 2),
              hh < 24, mm < 60 else { return nil }
        seconds += Int64(hh * 3600 + mm * 60)
        var i = 16
        if b.count >= 19, b[16] == 58, let ss = num(17, 2), ss < 60 { seconds += Int64(ss); i = 19 }
        if i < b.count, b[i] == UInt8(ascii: "Z") { i += 1 }
        return i == b.count ? seconds : nil
    }

    /// Parses `HH:MM[:SS]` to a second of the day.
    public static func parseTime(_ text: String) -> Int64? {
        let parts = text.split(separator: ":")
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let n = parts.compactMap { Int($0) }
        guard n.count == parts.count, (0..<24).contains(n[0]), (0..<60).contains(n[1]) else { return nil }
        let s = n.count == 3 ? n[2] : 0
        guard (0..<60).contains(s) else { return nil }
        return Int64(n[0] * 3600 + n[1] * 60 + s)
    }
}
