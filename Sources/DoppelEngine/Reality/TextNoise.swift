import DoppelText

/// Defects of typed text: stray whitespace, case changes and typos.
///
/// Every function appends the dirty value to `out` and returns false when it
/// cannot change this value (the caller then records nothing). Edits touch
/// only ASCII bytes or whole characters, so the result stays valid UTF-8.
enum TextNoise {
    static func whitespace(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        var variant = r.below(6)
        if variant == 5 && !s.contains(32) { variant = 1 }
        switch variant {
        case 0: out.append(32); out.appendBytes(s)
        case 1: out.appendBytes(s); out.append(32)
        case 2: out.appendBytes([32, 32]); out.appendBytes(s)
        case 3: out.appendBytes(s); out.appendBytes([32, 32])
        case 4: out.append(32); out.appendBytes(s); out.append(32)
        default:
            // A doubled inner space ("Maria  Garcia").
            var done = false
            for b in s {
                out.append(b)
                if b == 32 && !done { out.append(32); done = true }
            }
        }
        return true
    }

    /// UPPER, lower, Title Case or the first letter's case flipped: the first of them, from a
    /// random start, that changes the value.
    static func letterCase(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        let start = r.below(4)
        if !s.contains(where: { $0 >= 0x80 }) { return asciiCase(s, start, &out) }
        let text = String(decoding: s, as: UTF8.self)
        for k in 0..<4 {
            let v: String
            switch (start + k) % 4 {
            case 0: v = text.uppercased()
            case 1: v = text.lowercased()
            case 2: v = titleCased(text)
            default: v = firstFlipped(text)
            }
            if v != text {
                out.append(contentsOf: v.utf8)
                return true
            }
        }
        return false
    }

    /// The same four variants on ASCII bytes, without building strings (most values are ASCII).
    static func asciiCase(_ s: [UInt8], _ start: Int, _ out: inout CellBytes) -> Bool {
        let base = out.count
        for k in 0..<4 {
            out.removeSubrange(base...)
            var atWordStart = true
            var flipped = false
            for b in s {
                let letter = isLetter(b)
                switch (start + k) % 4 {
                case 0: out.append(letter ? b & ~0x20 : b)
                case 1: out.append(letter ? b | 0x20 : b)
                case 2: out.append(letter ? (atWordStart ? b & ~0x20 : b | 0x20) : b)
                default:
                    if letter && !flipped { out.append(b ^ 0x20); flipped = true } else { out.append(b) }
                }
                atWordStart = !letter && b != 39
            }
            if !out[base...].elementsEqual(s) { return true }
        }
        out.removeSubrange(base...)
        return false
    }

    static func titleCased(_ text: String) -> String {
        var out = ""
        var atWordStart = true
        for ch in text {
            out += atWordStart ? ch.uppercased() : ch.lowercased()
            atWordStart = !ch.isLetter && ch != "'"
        }
        return out
    }

    static func firstFlipped(_ text: String) -> String {
        guard let i = text.firstIndex(where: \.isLetter) else { return text }
        let ch = text[i]
        let flipped = ch.isUppercase ? ch.lowercased() : ch.uppercased()
        return String(text[..<i]) + flipped + String(text[text.index(after: i)...])
    }

    /// QWERTY neighbours of each lower-case letter.
    static let neighbours: [[UInt8]] = [
        "qwsz", "vghn", "xdfv", "serfcx", "wrsd", "drtgvc", "ftyhbv", "gyujnb", "uojk", "huikmn", "jiolm", "kop", "njk",
        "bhjm", "ipkl", "ol", "wa", "etdf", "awedxz", "ryfg", "yihj", "cfgb", "qeas", "zsdc", "tugh", "asx",
    ].map { Array($0.utf8) }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    /// One typo at an ASCII letter: an adjacent key, two letters swapped, a letter dropped or doubled.
    static func typo(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        var letters: [Int] = []
        for (i, b) in s.enumerated() where isLetter(b) { letters.append(i) }
        guard letters.count >= 2 else { return false }
        let p = letters[r.below(letters.count)]
        var op = r.below(4)
        if op == 1 {
            // Transposition needs a different letter next to it.
            if p + 1 < s.count && isLetter(s[p + 1]) && s[p + 1] != s[p] {} else if p > 0 && isLetter(s[p - 1]) && s[p - 1] != s[p] {
                return swapped(s, p - 1, &out)
            } else { op = 0 }
        }
        switch op {
        case 0:
            let b = s[p]
            let row = neighbours[Int((b | 0x20) - 97)]
            var c = row[r.below(row.count)]
            if b < 97 { c -= 32 }  // keep the case
            out.appendBytes(s)
            out[out.count - s.count + p] = c
        case 1: return swapped(s, p, &out)
        case 2:
            out.appendBytes(s[..<p])
            out.appendBytes(s[(p + 1)...])
        default:
            out.appendBytes(s[...p])
            out.appendBytes(s[p...])
        }
        return true
    }

    private static func swapped(_ s: [UInt8], _ p: Int, _ out: inout CellBytes) -> Bool {
        out.appendBytes(s)
        let base = out.count - s.count
        out.swapAt(base + p, base + p + 1)
        return true
    }
}
