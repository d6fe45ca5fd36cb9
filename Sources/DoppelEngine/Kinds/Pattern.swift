/// Character-class templates: `#` a digit, `%` a digit 1–9, `?` an upper-case
/// letter, `*` an upper-case letter or digit, `^` a lower-case hex digit;
/// anything else is copied. `INV-######` → `INV-004217`.
public enum Pattern {
    static let letters: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    static let alnum: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    @inline(__always) static func radix(_ ch: UInt8) -> UInt64 {
        switch ch {
        case UInt8(ascii: "#"): return 10
        case UInt8(ascii: "%"): return 9
        case UInt8(ascii: "?"): return 26
        case UInt8(ascii: "*"): return 36
        case UInt8(ascii: "^"): return 16
        default: return 1
        }
    }

    @inline(__always) static func symbol(_ ch: UInt8, _ d: UInt64) -> UInt8 {
        switch ch {
        case UInt8(ascii: "#"): return 48 + UInt8(d)
        case UInt8(ascii: "%"): return 49 + UInt8(d)
        case UInt8(ascii: "?"): return letters[Int(d)]
        case UInt8(ascii: "*"): return alnum[Int(d)]
        default: return ByteFormat.hexDigits[Int(d)]
        }
    }

    /// How many distinct strings the template can produce (saturating).
    package static func capacity(_ template: [UInt8]) -> UInt64 {
        var c: UInt64 = 1
        for ch in template {
            let (m, o) = c.multipliedReportingOverflow(by: radix(ch))
            if o || m > (1 << 62) { return 1 << 62 }
            c = m
        }
        return c
    }

    /// Fills the template with random symbols.
    static func appendRandom(template: [UInt8], _ r: inout CellRandom, to out: inout CellBytes) {
        var bits = r.next()
        var left = 64
        for ch in template {
            let k = radix(ch)
            if k == 1 { out.append(ch); continue }
            if left < 8 { bits = r.next(); left = 64 }
            // 8 bits per symbol keeps the modulo bias small for radixes up to 36.
            let d = ((bits & 0xFF) * k) >> 8  // Swift's >> binds tighter than *
            bits >>= 8
            left -= 8
            out.append(symbol(ch, d))
        }
    }

    /// Fills the template so that distinct `value`s below `capacity` give
    /// distinct strings (mixed radix, least significant symbol last).
    static func appendNumbered(template: [UInt8], value: UInt64, to out: inout CellBytes) {
        let start = out.count
        out.append(contentsOf: template)
        var v = value
        var i = out.count - 1
        while i >= start {
            let ch = out[i]
            let k = radix(ch)
            if k > 1 {
                out[i] = symbol(ch, v % k)
                v /= k
            }
            i -= 1
        }
    }

    /// The value number `appendNumbered` gives `text`, or nil when `text` does not have the template's shape.
    static func number(of text: [UInt8], template: [UInt8]) -> UInt64? {
        guard text.count == template.count else { return nil }
        var v: UInt64 = 0
        for (ch, t) in zip(text, template) {
            let k = radix(t)
            if k == 1 {
                guard ch == t else { return nil }
                continue
            }
            guard let d = (0..<k).first(where: { symbol(t, $0) == ch }) else { return nil }
            v = v * k + d
        }
        return v
    }

    /// `#`/`%` → digits from `bits`; other bytes copied.
    static func appendDigits(template: some Sequence<UInt8>, bits: UInt64, to out: inout CellBytes) {
        var b = bits
        for ch in template {
            if ch == UInt8(ascii: "#") { out.append(48 + UInt8(b % 10)); b /= 10 } else if ch == UInt8(ascii: "%") {
                out.append(50 + UInt8(b % 8)); b /= 8
            } else { out.append(ch) }
        }
    }
}

/// `id.pattern` and every code-shaped kind: a template filled at random, or
/// numbered in unique mode.
struct PatternKind: KindGenerator {
    let template: [UInt8]
    let uniqueCapacity: UInt64

    init(_ template: String) {
        self.template = Array(template.utf8)
        uniqueCapacity = Pattern.capacity(self.template)
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { Pattern.appendNumbered(template: template, value: u, to: &out) } else {
            Pattern.appendRandom(template: template, &c.r, to: &out)
        }
        return .text
    }

    /// The template's own characters, and letters and digits for its symbols.
    func writesPlainText(locales: [LocaleData]) -> Bool { WordTable.isPlain(template) }
}

/// One of several templates, chosen at random (unique mode uses the first).
struct PatternsKind: KindGenerator {
    let templates: [[UInt8]]
    let uniqueCapacity: UInt64

    init(_ templates: String) {
        self.templates = templates.split(separator: "|").map { Array($0.utf8) }
        uniqueCapacity = Pattern.capacity(self.templates.first ?? [])
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { Pattern.appendNumbered(template: templates[0], value: u, to: &out) } else {
            Pattern.appendRandom(template: templates[c.r.below(templates.count)], &c.r, to: &out)
        }
        return .text
    }
}

/// A pick from a word list; unique mode takes entry number `u`.
struct WordKind: ShapedKind {
    let table: WordTable
    /// The `Pattern` template every listed value fits (codes), or nil for words.
    let shapeTemplate: String?
    var uniqueCapacity: UInt64 { UInt64(table.count) }

    init(_ table: WordTable, shape: String? = nil) {
        self.table = table
        shapeTemplate = shape
    }

    var shape: (template: String, listed: [String])? {
        shapeTemplate.map { ($0, (0..<table.count).map(table.string)) }
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { table.append(Int(u), to: &out) } else { table.appendRandom(&c.r, to: &out) }
        return .text
    }

    func writesPlainText(locales: [LocaleData]) -> Bool { table.isPlain }
}

/// A pick from a word list with weights (cumulative, in the table's order).
struct WeightedWordKind: KindGenerator {
    let table: WordTable
    let cumulative: [Double]
    var uniqueCapacity: UInt64 { UInt64(table.count) }

    init(_ table: WordTable, weights: [Double]) {
        self.table = table
        var acc = 0.0
        var cum: [Double] = []
        let total = weights.reduce(0, +)
        for w in weights { acc += w / total; cum.append(acc) }
        cumulative = cum
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { table.append(Int(u), to: &out); return .text }
        let x = c.r.unit()
        var i = 0
        while i < cumulative.count - 1 && x >= cumulative[i] { i += 1 }
        table.append(i, to: &out)
        return .text
    }

    func writesPlainText(locales: [LocaleData]) -> Bool { table.isPlain }
}
