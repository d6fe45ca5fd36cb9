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
        appendBuilt(to: &out) { buf in
            // Digits right to left into the scratch, then one append.
            var v = value
            var n = buf.count
            while v > 0 {
                n -= 1
                buf[n] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
            }
            return n
        }
    }

    /// `value` in decimal through a cursor (at most 20 bytes), for cells assembled in one append.
    static func putUInt(_ value: UInt64, to out: inout ByteCursor) {
        var digits = 1, v = value
        while v >= 10 { digits += 1; v /= 10 }
        out.putRightToLeft(digits) { p in
            var v = value
            var i = digits
            repeat {
                i -= 1
                p[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
            } while i > 0
        }
    }

    /// `value` zero-padded to `width` digits (wider values are written in full).
    @inline(__always) public static func appendPadded(_ value: Int, width: Int, to out: inout CellBytes) {
        var digits = 1, p = 10
        while p <= value, digits < 19 { digits += 1; p &*= 10 }
        var pad = width - digits
        while pad > 0 { out.append(48); pad -= 1 }
        appendUInt(UInt64(value), to: &out)
    }

    /// A fixed-point number: `scaled` / 10^precision with exactly `precision` decimals.
    public static func appendFixed(scaled: Int64, precision: Int, to out: inout CellBytes) {
        if precision <= 0 { appendInt(scaled, to: &out); return }
        let digits = min(precision, 19)
        appendBuilt(to: &out) { buf in
            // Right to left: the decimals, the point, the whole part, the sign.
            var n = buf.count
            var m = scaled.magnitude
            for _ in 0..<digits {
                n -= 1
                buf[n] = UInt8(truncatingIfNeeded: m % 10) &+ 48
                m /= 10
            }
            n -= 1
            buf[n] = UInt8(ascii: ".")
            repeat {
                n -= 1
                buf[n] = UInt8(truncatingIfNeeded: m % 10) &+ 48
                m /= 10
            } while m > 0
            if scaled < 0 { n -= 1; buf[n] = UInt8(ascii: "-") }
            return n
        }
    }

    /// Appends the tail `body` builds in 48 bytes of stack scratch, from the index it returns
    /// to the end: one append for a number or date instead of one per byte.
    @inline(__always) static func appendBuilt(to out: inout CellBytes, _ body: (UnsafeMutableRawBufferPointer) -> Int) {
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { buf in
            let from = body(buf)
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[from...]))
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

    @inline(__always) public static func pow10(_ n: Int) -> UInt64 {
        var p: UInt64 = 1
        var i = 0
        while i < n && i < 19 { p &*= 10; i += 1 }
        return p
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
