import DoppelText

/// Encoding noise: what text looks like after a trip through the wrong
/// decoder. The result is always valid UTF-8 (the mess is in the characters,
/// never in the bytes), so every output format still parses.
enum EncodingNoise {
    /// Windows-1252 characters for bytes 0x80–0x9F (0 where the code page has none: Latin-1 then).
    static let cp1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    static let zeroWidthSpace: [UInt8] = [0xE2, 0x80, 0x8B]

    static func apply(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard !s.isEmpty else { return false }
        let nonASCII = s.contains { $0 >= 0x80 }
        if nonASCII {
            if r.below(4) < 3 { mojibake(s, &out) } else { replaceCharacter(s, nonASCIIOnly: true, &r, &out) }
            return true
        }
        var variants: [Int] = [1, 3]
        if s.contains(where: { $0 == 38 || $0 == 39 || $0 == 34 || $0 == 60 || $0 == 62 }) { variants.append(0) }
        if s.contains(32) { variants.append(2) }
        switch variants[r.below(variants.count)] {
        case 0: htmlEscaped(s, &out)
        case 1: replaceCharacter(s, nonASCIIOnly: false, &r, &out)
        case 2:
            // A no-break space where a space was (pasted from a web page).
            var done = false
            for b in s {
                if b == 32 && !done { out.appendBytes(noBreakSpace); done = true } else { out.append(b) }
            }
        default:
            // An invisible zero-width space inside the value.
            let p = 1 + r.below(s.count)
            out.appendBytes(s[..<p])
            out.appendBytes(zeroWidthSpace)
            out.appendBytes(s[p...])
        }
        return true
    }

    /// UTF-8 bytes read as Windows-1252 and written back as UTF-8: `é` → `Ã©`.
    static func mojibake(_ s: [UInt8], _ out: inout CellBytes) {
        for b in s {
            if b < 0x80 { out.append(b); continue }
            var scalar = UInt32(b)
            if b < 0xA0, cp1252[Int(b - 0x80)] != 0 { scalar = cp1252[Int(b - 0x80)] }
            appendUTF8(scalar, &out)
        }
    }

    static func appendUTF8(_ v: UInt32, _ out: inout CellBytes) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// One character (a whole UTF-8 sequence) replaced by U+FFFD, as a lossy decoder does.
    static func replaceCharacter(_ s: [UInt8], nonASCIIOnly: Bool, _ r: inout CellRandom, _ out: inout CellBytes) {
        var starts: [Int] = []
        for (i, b) in s.enumerated() where b & 0xC0 != 0x80 && (!nonASCIIOnly || b >= 0xC0) && b != 32 { starts.append(i) }
        guard !starts.isEmpty else { out.appendBytes(s); out.appendBytes(replacement); return }
        let p = starts[r.below(starts.count)]
        var e = p + 1
        while e < s.count && s[e] & 0xC0 == 0x80 { e += 1 }
        out.appendBytes(s[..<p])
        out.appendBytes(replacement)
        out.appendBytes(s[e...])
    }

    /// HTML entities left in by a scraper or a web form: `&` → `&amp;`, `'` → `&#39;`.
    static func htmlEscaped(_ s: [UInt8], _ out: inout CellBytes) {
        for b in s {
            switch b {
            case 38: out.append(contentsOf: "&amp;".utf8)
            case 39: out.append(contentsOf: "&#39;".utf8)
            case 34: out.append(contentsOf: "&quot;".utf8)
            case 60: out.append(contentsOf: "&lt;".utf8)
            case 62: out.append(contentsOf: "&gt;".utf8)
            default: out.append(b)
            }
        }
    }
}
