import DoppelText

/// Card brands, with their prefixes and lengths (aligned with `Words.cardTypes`).
enum CardBrand {
    static let prefixes: [[String]] = [["4"], ["51", "52", "53", "54", "55", "2221", "2720"], ["34", "37"], ["6011", "65"]]
    static let lengths = [16, 16, 15, 16]
    static let weights: [Double] = [0.5, 0.3, 0.12, 0.08]

    static func brand(_ key: UInt64, _ row: Int) -> Int {
        var r = CellRandom(key: key, row: row)
        let x = r.unit()
        return x < 0.5 ? 0 : x < 0.8 ? 1 : x < 0.92 ? 2 : 3
    }
}

/// Card numbers with the row's brand prefix and a valid Luhn check digit.
struct CardNumberKind: KindGenerator {
    let cardKey: UInt64
    var uniqueCapacity: UInt64 { 1_000_000_000_000 }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let b = CardBrand.brand(cardKey, c.row)
        let prefixes = CardBrand.prefixes[b]
        let start = out.count
        out.append(contentsOf: prefixes[c.unique == nil ? c.r.below(prefixes.count) : 0].utf8)
        let body = CardBrand.lengths[b] - 1
        if var u = c.unique {
            // The value number fills the body's last 12 digits; leading body digits are zero.
            let n = body - (out.count - start)
            var digits = [UInt8](repeating: 48, count: n)
            var i = n - 1
            while i >= 0 && u > 0 { digits[i] = 48 + UInt8(u % 10); u /= 10; i -= 1 }
            out.append(contentsOf: digits)
        } else {
            while out.count - start < body { out.append(48 + UInt8(c.r.below(10))) }
        }
        out.append(48 + Luhn.checkDigit(out[start...]))
        return .text
    }
}

enum Luhn {
    /// The digit that makes `digits` + digit pass the Luhn check.
    static func checkDigit(_ digits: some BidirectionalCollection<UInt8>) -> UInt8 {
        var sum = 0
        var double = true
        for ch in digits.reversed() {
            var d = Int(ch) - 48
            if double { d *= 2; if d > 9 { d -= 9 } }
            sum += d
            double.toggle()
        }
        return UInt8((10 - sum % 10) % 10)
    }

    public static func isValid(_ text: String) -> Bool {
        let digits = text.utf8.filter { $0 >= 48 && $0 <= 57 }
        guard digits.count >= 2, let last = digits.last else { return false }
        return checkDigit(ArraySlice(digits.dropLast())) == last - 48
    }
}

struct CardTypeKind: KindGenerator {
    let cardKey: UInt64
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        Words.cardTypes.append(CardBrand.brand(cardKey, c.row), to: &out)
        return .text
    }
}

/// Security codes: four digits for American Express, three otherwise.
struct CVVKind: KindGenerator {
    let cardKey: UInt64
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let n = CardBrand.brand(cardKey, c.row) == 2 ? 4 : 3
        for _ in 0..<n { out.append(48 + UInt8(c.r.below(10))) }
        return .text
    }
}

/// `MM/YY`, from the anchor month to five years after.
struct CardExpiryKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let now = CivilTime.civil(CivilTime.floorDiv(c.anchor, CivilTime.secondsPerDay))
        let m = now.month - 1 + 1 + c.r.below(60)
        ByteFormat.appendPadded(m % 12 + 1, width: 2, to: &out)
        out.append(47)
        ByteFormat.appendPadded((now.year + m / 12) % 100, width: 2, to: &out)
        return .text
    }
}

/// IBANs for the row's country, with correct ISO 13616 check digits.
struct IBANKind: KindGenerator {
    var uniqueCapacity: UInt64 { 100_000_000 }
    static func bban(_ code: String) -> (String, String) {
        switch code {
        case "de_DE": return ("DE", "########%#########")
        case "fr_FR": return ("FR", "%####%####%##########")
        case "es_ES": return ("ES", "%###%#############")
        case "pt_BR": return ("BR", "%#######%####%#########?*")
        case "ja_JP": return ("DE", "########%#########")
        default: return ("GB", "????%#####%#######")
        }
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let (country, shape) = Self.bban(c.locale.code)
        var bban = CellBytes(capacity: 40)
        if let u = c.unique {
            Pattern.appendRandom(template: Array(shape.utf8), &c.r, to: &bban)
            // Number the last eight digits.
            var v = u, i = bban.count - 1, k = 0
            while i >= 0 && k < 8 { if bban[i] >= 48 && bban[i] <= 57 { bban[i] = 48 + UInt8(v % 10); v /= 10; k += 1 }; i -= 1 }
        } else {
            Pattern.appendRandom(template: Array(shape.utf8), &c.r, to: &bban)
        }
        let cc = Array(country.utf8)
        // mod 97 of BBAN + country letters as numbers + "00".
        var rem = 0
        func feed(_ ch: UInt8) {
            if ch >= 65 { let v = Int(ch) - 55; rem = (rem * 100 + v) % 97 } else { rem = (rem * 10 + Int(ch) - 48) % 97 }
        }
        for ch in bban.bytes { feed(ch) }
        for ch in cc { feed(ch) }
        feed(48); feed(48)
        let check = 98 - rem
        out.append(contentsOf: cc)
        ByteFormat.appendPadded(check, width: 2, to: &out)
        out.append(contentsOf: bban.bytes)
        return .text
    }

    /// True when the text passes the ISO 13616 mod-97 check.
    static func isValid(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count > 4 else { return false }
        var rem = 0
        for ch in b[4...] + b[..<4] {
            if ch >= 65 && ch <= 90 { rem = (rem * 100 + Int(ch) - 55) % 97 } else if ch >= 48 && ch <= 57 {
                rem = (rem * 10 + Int(ch) - 48) % 97
            } else { return false }
        }
        return rem == 1
    }
}

struct BICKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        Words.banks.appendRandom(&c.r, to: &out)
        out.append(contentsOf: c.locale.countryCode.utf8)
        Pattern.appendRandom(template: Array("?*".utf8), &c.r, to: &out)
        if c.r.chance(0.4) { Pattern.appendRandom(template: Array("***".utf8), &c.r, to: &out) }
        return .text
    }
}

/// ABA routing numbers with a valid 3-7-1 checksum.
struct RoutingNumberKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1_000_000 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var d = [Int](repeating: 0, count: 9)
        let prefix = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]
        let p = prefix[c.r.below(prefix.count)]
        d[0] = p / 10; d[1] = p % 10
        if var u = c.unique {
            for i in stride(from: 7, through: 2, by: -1) { d[i] = Int(u % 10); u /= 10 }
        } else {
            for i in 2..<8 { d[i] = c.r.below(10) }
        }
        let s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d[8] = (10 - s % 10) % 10
        for x in d { out.append(48 + UInt8(x)) }
        return .text
    }
}
