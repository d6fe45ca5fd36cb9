import DoppelText

/// Phone numbers in other formats, broken e-mail addresses and postal codes.
enum ContactDefects {
    /// Country calling codes of the locales, with whether national numbers start with a trunk `0`.
    static func callingCode(_ locale: LocaleData) -> (code: String, trunk: Bool) {
        switch locale.code {
        case "de_DE": return ("49", true)
        case "fr_FR": return ("33", true)
        case "es_ES": return ("34", false)
        case "pt_BR": return ("55", false)
        case "ja_JP": return ("81", true)
        default: return ("1", false)
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// The digit groups of a phone number and whether it starts with `+` (the first group is then the country code).
    static func groups(_ s: [UInt8]) -> (plus: Bool, groups: [ArraySlice<UInt8>]) {
        var out: [ArraySlice<UInt8>] = []
        var i = 0
        while i < s.count {
            if isDigit(s[i]) {
                let a = i
                while i < s.count && isDigit(s[i]) { i += 1 }
                out.append(s[a..<i])
            } else { i += 1 }
        }
        return (s.first == 43, out)
    }

    /// The number with other separators, only digits, or its country prefix added or dropped.
    static func phone(_ s: [UInt8], locale: LocaleData, _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        let (plus, gs) = groups(s)
        guard !gs.isEmpty else { return false }
        let (cc, trunk) = callingCode(locale)
        let start = out.count
        let first = r.below(4)
        for k in 0..<4 {
            out.removeSubrange(start...)
            switch (first + k) % 4 {
            case 0:  // digits only
                for g in gs { out.appendBytes(g) }
            case 1:  // other separators: 555.123.4567, 555-123-4567, 555 123 4567
                let seps: [UInt8] = [46, 45, 32]
                let sep = seps[r.below(3)]
                if plus { out.append(43) }
                for (n, g) in gs.enumerated() {
                    if n > 0 { out.append(sep) }
                    out.appendBytes(g)
                }
            case 2:  // country prefix dropped, or added
                if plus {
                    if trunk { out.append(48) }
                    for (n, g) in gs.dropFirst().enumerated() {
                        if n > 0 { out.append(32) }
                        out.appendBytes(g)
                    }
                } else {
                    out.append(43)
                    out.append(contentsOf: cc.utf8)
                    appendNational(gs, trunk: trunk, &out)
                }
            default:  // 00 instead of +
                out.appendBytes([48, 48])
                if plus {
                    for (n, g) in gs.enumerated() {
                        if n > 0 { out.append(32) }
                        out.appendBytes(g)
                    }
                } else {
                    out.append(contentsOf: cc.utf8)
                    appendNational(gs, trunk: trunk, &out)
                }
            }
            if !out[start...].elementsEqual(s) && out.count > start { return true }
        }
        return false
    }

    /// ` 30 1234567` from `030 1234567`: the groups after a country code, trunk zero dropped.
    private static func appendNational(_ gs: [ArraySlice<UInt8>], trunk: Bool, _ out: inout CellBytes) {
        for (n, g) in gs.enumerated() {
            out.append(32)
            if n == 0 && trunk && g.first == 48 { out.appendBytes(g.dropFirst()) } else { out.appendBytes(g) }
        }
    }

    /// An e-mail address that is no longer one: no `@`, two of them, no top-level domain, a space,
    /// a comma for a dot, no local part or a doubled dot.
    static func invalidEmail(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        guard let at = s.firstIndex(of: 64), at + 1 < s.count else { return false }
        let lastDot = s.lastIndex(of: 46).flatMap { $0 > at ? $0 : nil }
        var variants = [0, 1, 3, 5, 6]
        if lastDot != nil { variants += [2, 4] }
        switch variants[r.below(variants.count)] {
        case 0:  // maria.garciagmail.com
            out.appendBytes(s[..<at]); out.appendBytes(s[(at + 1)...])
        case 1:  // maria@@gmail.com
            out.appendBytes(s[...at]); out.appendBytes(s[at...])
        case 2:  // maria@gmail
            out.appendBytes(s[..<(lastDot ?? s.count)])
        case 3:  // maria garcia@gmail.com, or maria @gmail.com
            if let dot = s[..<at].firstIndex(of: 46) {
                out.appendBytes(s[..<dot]); out.append(32); out.appendBytes(s[(dot + 1)...])
            } else {
                out.appendBytes(s[..<at]); out.append(32); out.appendBytes(s[at...])
            }
        case 4:  // maria@gmail,com
            let d = lastDot ?? s.count - 1
            out.appendBytes(s[..<d]); out.append(44); out.appendBytes(s[(d + 1)...])
        case 5:  // @gmail.com
            out.appendBytes(s[at...])
        default:  // maria.garcia@gmail..com
            let d = lastDot ?? at
            out.appendBytes(s[...d]); out.appendBytes(s[d...])
        }
        return true
    }

    /// A postal code of the wrong length, with a letter for a digit, or zeros; a leading zero lost
    /// the way spreadsheets lose it.
    static func invalidPostalCode(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        let digits = s.indices.filter { isDigit(s[$0]) }
        guard !digits.isEmpty else { return false }
        if s.first == 48 && r.below(2) == 0 {
            out.appendBytes(s.dropFirst())
            return true
        }
        let p = digits[r.below(digits.count)]
        switch r.below(4) {
        case 0:  // a digit dropped
            out.appendBytes(s[..<p]); out.appendBytes(s[(p + 1)...])
        case 1:  // a digit doubled: too long
            out.appendBytes(s[...p]); out.appendBytes(s[p...])
        case 2:  // a look-alike letter for a digit
            let lookAlike: [UInt8] = Array("OIZEASGTBg".utf8)
            out.appendBytes(s)
            out[out.count - s.count + p] = lookAlike[Int(s[p] - 48)]
        default:  // zeros
            for b in s { out.append(isDigit(b) ? 48 : b) }
            if out.suffix(s.count).elementsEqual(s) {
                out.removeLast(s.count)
                out.appendBytes(s); out.append(48)
            }
        }
        return true
    }

    /// A near-duplicate's changed code: one digit moved by one (or a letter by case when there is no digit).
    static func digitChange(_ s: [UInt8], _ r: inout CellRandom, _ out: inout CellBytes) -> Bool {
        let digits = s.indices.filter { isDigit(s[$0]) }
        guard !digits.isEmpty else { return false }
        let p = digits[r.below(digits.count)]
        out.appendBytes(s)
        let d = s[p] - 48
        out[out.count - s.count + p] = 48 + (d == 9 ? 8 : d + 1)
        return true
    }
}
