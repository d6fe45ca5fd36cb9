import DoppelText

/// Hand-written number and date formatting into byte buffers: no `String`,
/// no Foundation formatters, no allocation on the hot path.
public enum ByteFormat {
    @inline(__always) public static func appendInt(_ value: Int64, to out: inout CellBytes) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            appendUInt(value.magnitude, to: &out)
        } else {
            appendUInt(UInt64(value), to: &out)
        }
    }

    @inline(__always) public static func appendInt(_ value: Int, to out: inout CellBytes) {
        appendInt(Int64(value), to: &out)
    }

    public static func appendUInt(_ value: UInt64, to out: inout CellBytes) {
        if value < 10 { out.append(UInt8(truncatingIfNeeded: value) &+ 48); return }
        out.appendAssembled(20) { putUInt(value, to: &$0) }
    }

    /// `value` in decimal through a cursor (at most 20 bytes), for cells assembled in one append.
    @inline(__always) static func putUInt(_ value: UInt64, to out: inout ByteCursor) {
        let digits = decimalDigits(value)
        out.putRightToLeft(digits) { p in writeDigits(value, endingAt: p + digits) }
    }

    /// How many decimal digits `value` has (1 for 0), by comparison rather than division.
    @inline(__always) static func decimalDigits(_ value: UInt64) -> Int {
        var d = 1
        var p: UInt64 = 10
        while value >= p {
            d += 1
            if d == 20 { break }
            p &*= 10
        }
        return d
    }

    /// Writes `value`'s decimal digits right to left, the last one just before `end`, two digits
    /// per division; returns where the first digit went.
    @inline(__always) @discardableResult
    static func writeDigits(_ value: UInt64, endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var p = end
        var v = value
        while v >= 100 {
            let q = v / 100
            let pair = UInt32(truncatingIfNeeded: v &- q &* 100)
            let tens = pair / 10
            p -= 2
            p[0] = UInt8(truncatingIfNeeded: tens) &+ 48
            p[1] = UInt8(truncatingIfNeeded: pair &- tens &* 10) &+ 48
            v = q
        }
        if v >= 10 {
            let small = UInt32(truncatingIfNeeded: v)
            let tens = small / 10
            p -= 2
            p[0] = UInt8(truncatingIfNeeded: tens) &+ 48
            p[1] = UInt8(truncatingIfNeeded: small &- tens &* 10) &+ 48
        } else {
            p -= 1
            p[0] = UInt8(truncatingIfNeeded: v) &+ 48
        }
        return p
    }

    /// `value` zero-padded to `width` digits (wider values are written in full).
    @inline(__always) public static func appendPadded(_ value: Int, width: Int, to out: inout CellBytes) {
        var pad = width - decimalDigits(UInt64(value))
        while pad > 0 { out.append(48); pad -= 1 }
        appendUInt(UInt64(value), to: &out)
    }

    /// A fixed-point number: `scaled` / 10^precision with exactly `precision` decimals.
    public static func appendFixed(scaled: Int64, precision: Int, to out: inout CellBytes) {
        if precision <= 0 { appendInt(scaled, to: &out); return }
        let digits = min(precision, 19)
        let m = scaled.magnitude
        let unit = pow10(digits)
        // Cents, the common case, divide by a constant.
        let whole = digits == 2 ? m / 100 : m / unit
        let fraction = m &- whole &* unit
        out.appendAssembled(42) { c in
            if scaled < 0 { c.put(UInt8(ascii: "-")) }
            putUInt(whole, to: &c)
            c.put(UInt8(ascii: "."))
            c.putRightToLeft(digits) { p in
                // The decimals, zero-padded on the left to exactly `digits`.
                let first = writeDigits(fraction, endingAt: p + digits)
                var q = p
                while q < first { q.pointee = 48; q += 1 }
            }
        }
    }

    /// Appends `width` bytes that `body` writes in place, in any order (a date's fields).
    @inline(__always) static func appendFixedWidth(_ width: Int, to out: inout CellBytes, _ body: (UnsafeMutableRawBufferPointer) -> Void) {
        out.appendAssembled(width) { c in
            c.putRightToLeft(width) { p in body(UnsafeMutableRawBufferPointer(start: p, count: width)) }
        }
    }

    /// `value` rounded to `precision` decimals (half away from zero).
    public static func appendDouble(_ value: Double, precision: Int, to out: inout CellBytes) {
        guard value.isFinite else { out.append(48); return }
        appendFixed(scaled: scaled(value, precision: precision), precision: precision, to: &out)
    }

    @inline(__always) public static func scaled(_ value: Double, precision: Int) -> Int64 {
        let s = (value * Double(pow10(precision))).rounded(.toNearestOrAwayFromZero)
        if s.isNaN { return 0 }
        if s >= 9.2e18 { return Int64.max }
        if s <= -9.2e18 { return Int64.min + 1 }
        return Int64(s)
    }

    /// 10^n for n in 0...19 (1 below, 10^19 above), by a switch the compiler makes a table.
    @inline(__always) public static func pow10(_ n: Int) -> UInt64 {
        switch n {
        case ..<1: return 1
        case 1: return 10
        case 2: return 100
        case 3: return 1_000
        case 4: return 10_000
        case 5: return 100_000
        case 6: return 1_000_000
        case 7: return 10_000_000
        case 8: return 100_000_000
        case 9: return 1_000_000_000
        case 10: return 10_000_000_000
        case 11: return 100_000_000_000
        case 12: return 1_000_000_000_000
        case 13: return 10_000_000_000_000
        case 14: return 100_000_000_000_000
        case 15: return 1_000_000_000_000_000
        case 16: return 10_000_000_000_000_000
        case 17: return 100_000_000_000_000_000
        case 18: return 1_000_000_000_000_000_000
        default: return 10_000_000_000_000_000_000
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// The low `count` hex digits of `value`, most significant first.
    @inline(__always) public static func appendHex(_ value: UInt64, count: Int, upper: Bool = false, to out: inout CellBytes) {
        var i = count - 1
        while i >= 0 {
            let d = Int((value >> UInt64(i * 4)) & 0xF)
            out.append(upper ? upperHexDigits[d] : hexDigits[d])
            i -= 1
        }
    }

    /// `8-4-4-4-12` lowercase UUID text for 128 bits, with version 4 and variant bits set.
    public static func appendUUID(_ hi: UInt64, _ lo: UInt64, to out: inout CellBytes) {
        let h = (hi & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let l = (lo & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        appendHex(h >> 32, count: 8, to: &out); out.append(45)
        appendHex(h >> 16, count: 4, to: &out); out.append(45)
        appendHex(h, count: 4, to: &out); out.append(45)
        appendHex(l >> 48, count: 4, to: &out); out.append(45)
        appendHex(l, count: 12, to: &out)
    }
}
