/// Recognises and writes the string patterns examples use: emails, URLs,
/// UUIDs, dates, times, phone numbers and codes.
enum StringPattern {
    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !s.contains(" ") else { return false }
        return !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }

    static func isURL(_ s: String) -> Bool {
        (s.hasPrefix("http://") || s.hasPrefix("https://")) && !s.contains(" ") && s.count > 10
    }

    static func host(ofURL s: String) -> String {
        let afterScheme = s.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first
        return afterScheme.map(String.init) ?? "example.com"
    }

    static func isUUID(_ s: String) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// Days since 1970-01-01 for `yyyy-MM-dd`, or nil.
    static func day(_ s: String) -> Int64? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = number(u, 0, 4), let m = number(u, 5, 2), let d = number(u, 8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return daysFromCivil(y, m, d)
    }

    /// Seconds since the epoch and the writing style for `yyyy-MM-ddTHH:mm:ss[.fff][Z|±hh:mm]`.
    static func datetime(_ s: String) -> (Int64, SynthDateStyle)? {
        let u = Array(s.utf8)
        guard u.count >= 19, let dayNumber = day(String(decoding: u[0..<10], as: UTF8.self)),
              u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "),
              u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
              let h = number(u, 11, 2), let mi = number(u, 14, 2), let se = number(u, 17, 2),
              h < 24, mi < 60, se < 61 else { return nil }
        var i = 19
        var fraction = 0
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, (48...57).contains(u[i]) { fraction += 1; i += 1 }
            if fraction == 0 { return nil }
        }
        let zone = String(decoding: u[i...], as: UTF8.self)
        guard zone.isEmpty || zone == "Z" || isOffset(zone) else { return nil }
        let style = SynthDateStyle(separator: Character(UnicodeScalar(u[10])), fractionDigits: fraction, zone: zone)
        return (dayNumber * 86_400 + h * 3600 + mi * 60 + se, style)
    }

    private static func isOffset(_ z: String) -> Bool {
        let u = Array(z.utf8)
        return u.count == 6 && (u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-")) && u[3] == UInt8(ascii: ":")
            && number(u, 1, 2) != nil && number(u, 4, 2) != nil
    }

    /// `HH:mm` or `HH:mm:ss`: nil, or whether seconds are present.
    static func time(_ s: String) -> Bool? {
        let u = Array(s.utf8)
        guard u.count == 5 || u.count == 8, u[2] == UInt8(ascii: ":"), let h = number(u, 0, 2), let m = number(u, 3, 2),
              h < 24, m < 60 else { return nil }
        if u.count == 8 { return u[5] == UInt8(ascii: ":") && number(u, 6, 2).map { $0 < 61 } == true ? true : nil }
        return false
    }

    static func isPhone(_ s: String) -> Bool {
        guard s.count >= 7, s.count <= 22, s.allSatisfy({ "+0123456789 -().".contains($0) }) else { return false }
        let digits = s.filter(\.isNumber).count
        return digits >= 7 && digits <= 15
    }

    /// The skeleton of a code: digits → `#`, capitals → `A`, small letters → `a`, others kept.
    static func skeleton(_ s: String) -> String {
        String(s.map { c -> Character in
            if c.isNumber && c.isASCII { return "#" }
            if c.isUppercase && c.isASCII { return "A" }
            if c.isLowercase && c.isASCII { return "a" }
            return c
        })
    }

    /// A code template shared by all values (`ORD-####`), or nil when they are not codes.
    ///
    /// Values must all have a digit, no spaces, and the same skeleton; letters
    /// every value agrees on and punctuation stay literal, written `\X`; `#` is
    /// a digit, `A` a capital and `a` a small letter.
    static func codeTemplate(_ values: [String]) -> String? {
        guard let first = values.first, first.count <= 40 else { return nil }
        for v in values where v.contains(" ") || !v.contains(where: { $0.isNumber }) || v.count > 40 { return nil }
        let shape = skeleton(first)
        guard values.allSatisfy({ skeleton($0) == shape }) else { return nil }
        let columns = values.map { Array($0) }
        var template = ""
        for (i, c) in Array(shape).enumerated() {
            let seen = Set(columns.map { $0[i] })
            if (c == "A" || c == "a"), seen.count == 1, let only = seen.first {
                template += "\\" + String(only)  // a letter every value shares is part of the prefix
            } else if c == "A" || c == "a" || c == "#" {
                template.append(c)  // digits always vary
            } else {
                template += "\\" + String(columns[0][i])
            }
        }
        return template
    }

    /// A new value for a code template.
    static func code(_ template: String, rng: inout TextRNG) -> String {
        var out = ""
        var escaped = false
        for c in template {
            if escaped { out.append(c); escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "#": out.append(Character(String(rng.below(10))))
            case "A": out.append(Character(UnicodeScalar(UInt8(65 + rng.below(26)))))
            case "a": out.append(Character(UnicodeScalar(UInt8(97 + rng.below(26)))))
            default: out.append(c)
            }
        }
        return out
    }

    /// A phone number with the template's layout: country code kept, other digits new.
    static func phone(_ template: String, rng: inout TextRNG) -> String {
        var out = ""
        var keep = template.hasPrefix("+")
        for c in template {
            if c.isNumber {
                out.append(keep ? c : Character(String(rng.below(10))))
            } else {
                if keep && c != "+" { keep = false }
                out.append(c)
            }
        }
        return out
    }

    static func uuid(uppercase: Bool, rng: inout TextRNG) -> String {
        let hex = Array(uppercase ? "0123456789ABCDEF" : "0123456789abcdef")
        var s = ""
        for (i, n) in [8, 4, 4, 4, 12].enumerated() {
            if i > 0 { s.append("-") }
            for j in 0..<n {
                if i == 2 && j == 0 { s.append("4"); continue }  // version 4
                if i == 3 && j == 0 { s.append(hex[8 + rng.below(4)]); continue }  // RFC 4122 variant
                s.append(hex[rng.below(16)])
            }
        }
        return s
    }

    static func formatDay(_ day: Int64) -> String { String(ISOTimestamp.format(day * 86_400).prefix(10)) }

    static func formatDatetime(_ seconds: Int64, style: SynthDateStyle, rng: inout TextRNG) -> String {
        var s = ISOTimestamp.format(seconds)
        s.removeLast()  // the "Z"
        if style.separator != "T" { s = s.replacing("T", with: String(style.separator)) }
        if style.fractionDigits > 0 {
            s += "." + String((0..<style.fractionDigits).map { _ in Character(String(rng.below(10))) })
        }
        return s + style.zone
    }

    private static func number(_ u: [UInt8], _ start: Int, _ length: Int) -> Int64? {
        guard start + length <= u.count else { return nil }
        var n: Int64 = 0
        for b in u[start..<(start + length)] {
            guard (48...57).contains(b) else { return nil }
            n = n * 10 + Int64(b - 48)
        }
        return n
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
