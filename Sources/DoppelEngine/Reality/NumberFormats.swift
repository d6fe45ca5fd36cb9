import DoppelText

/// Numbers written other ways (thousands separators, decimal commas,
/// currency signs), numbers far out of range, and booleans in their many
/// spellings.
enum NumberFormats {
    /// A decimal number as written: sign, integer digits, fraction digits.
    struct Parts {
        var negative = false
        var integer: ArraySlice<UInt8> = []
        var fraction: ArraySlice<UInt8> = []
        var hasPoint = false
    }

    static func parse(_ s: [UInt8]) -> Parts? {
        var p = Parts()
        var i = 0
        if i < s.count && s[i] == 45 { p.negative = true; i += 1 }
        let a = i
        while i < s.count && s[i] >= 48 && s[i] <= 57 { i += 1 }
        guard i > a else { return nil }
        p.integer = s[a..<i]
        if i < s.count && s[i] == 46 {
            p.hasPoint = true
            i += 1
            let f = i
            while i < s.count && s[i] >= 48 && s[i] <= 57 { i += 1 }
            p.fraction = s[f..<i]
        }
        return i == s.count ? p : nil
    }

    /// Integer digits with a separator every three from the right.
    private static func grouped(_ digits: ArraySlice<UInt8>, _ sep: [UInt8], _ out: inout CellBytes) {
        for (k, d) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.appendBytes(sep) }
            out.append(d)
        }
    }

    /// Currency sign placement for a locale's currency: (prefix, suffix, decimal comma).
    static func currency(_ locale: LocaleData) -> (String, String, Bool) {
        switch locale.currency {
        case "USD": return ("$", "", false)
        case "EUR": return ("", " €", true)
        case "BRL": return ("R$ ", "", true)
        case "JPY": return ("¥", "", false)
        default: return ("", " " + locale.currency, false)
        }
    }

    static func reformat(_ s: [UInt8], money: Bool, locale: LocaleData, _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let p = parse(s) else { return false }
        let big = p.integer.count >= 4
        var variants = [3]
        if big { variants += [0, 2] }
        if big || !p.fraction.isEmpty { variants.append(1) }
        if money { variants.append(4) }
        let sign: [UInt8] = p.negative ? [45] : []
        func fraction(_ point: UInt8) {
            if p.hasPoint { out.append(point); out.appendBytes(p.fraction) }
        }
        switch variants[r.below(variants.count)] {
        case 0:  // 1,234.56
            out.appendBytes(sign); grouped(p.integer, [44], &out); fraction(46)
        case 1:  // 1.234,56 or 12,5
            out.appendBytes(sign); grouped(p.integer, [46], &out); fraction(44)
        case 2:  // 1 234.56
            out.appendBytes(sign); grouped(p.integer, [32], &out); fraction(46)
        case 3:  // other decimals: 12 → 12.0, 12.50 → 12.5, 12.5 → 12.50
            out.appendBytes(s)
            if !p.hasPoint {
                out.appendBytes([46, 48])
            } else if p.fraction.last == 48 {
                out.removeLast()
                if out.last == 46 { out.removeLast() }
            } else {
                out.append(48)
            }
        default:  // $1,234.56, 1.234,56 €, R$ 1.234,56
            let (prefix, suffix, comma) = currency(locale)
            out.appendBytes(sign)
            out.append(contentsOf: prefix.utf8)
            grouped(p.integer, comma ? [46] : [44], &out)
            fraction(comma ? 44 : 46)
            out.append(contentsOf: suffix.utf8)
        }
        return true
    }

    /// A number far out of its column's range, in the column's own shape (same decimals).
    static func outlier(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let p = parse(s), p.fraction.count <= 8, p.integer.count + p.fraction.count <= 18 else { return false }
        let decimals = p.fraction.count
        var scaled: Int64 = 0
        for d in p.integer { scaled = scaled * 10 + Int64(d - 48) }
        for d in p.fraction { scaled = scaled * 10 + Int64(d - 48) }
        if p.negative { scaled = -scaled }
        let unit = Int64(ByteFormat.pow10(decimals))
        let sentinel = 999_999 * unit
        // Multiplied values stay below 10^15: they fit NUMERIC(18, p) and a double's exact range.
        var choice = r.below(6)
        if scaled.magnitude >= 1_000_000_000_000 && choice < 3 { choice = 3 }
        var v: Int64
        switch choice {
        case 0: v = scaled * 10
        case 1: v = scaled * 100
        case 2: v = scaled * 1000
        case 3: v = -scaled
        case 4: v = sentinel
        default: v = -unit
        }
        if v == scaled { v = scaled == sentinel ? -unit : sentinel }
        ByteFormat.appendFixed(scaled: v, precision: decimals, to: &out)
        return true
    }

    /// A near-duplicate's changed number: a step or a few percent away, same shape.
    static func nudge(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let p = parse(s), p.integer.count + p.fraction.count <= 17 else { return false }
        let decimals = p.fraction.count
        var scaled: Int64 = 0
        for d in p.integer { scaled = scaled * 10 + Int64(d - 48) }
        for d in p.fraction { scaled = scaled * 10 + Int64(d - 48) }
        if p.negative { scaled = -scaled }
        let step = max(1, scaled.magnitude / 100 * UInt64(1 + r.below(5)))
        let delta = Int64(min(step, UInt64(Int64.max / 4))) * (r.below(2) == 0 ? -1 : 1)
        ByteFormat.appendFixed(scaled: scaled &+ delta, precision: decimals, to: &out)
        return true
    }

    static let trueSpellings = ["yes", "Y", "1", "TRUE", "True", "T", "on"]
    static let falseSpellings = ["no", "N", "0", "FALSE", "False", "F", "off"]

    static func boolean(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let first = s.first else { return false }
        let list = first == 116 ? trueSpellings : falseSpellings
        out.append(contentsOf: list[r.below(list.count)].utf8)
        return true
    }
}
