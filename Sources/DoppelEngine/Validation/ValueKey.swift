import DoppelJSON
import DoppelText

/// The identity of one written value, as the checks compare values: integral
/// numbers exactly (so `1` and `1.0` are one key), other values by a hash of
/// their class and text.
///
/// A value read from a block's bytes and the same value read as JSON give the
/// same key, so rows checked either way agree.
enum ValueKey: Hashable, Sendable {
    case integer(Int64)
    case hashed(Int)

    private enum Class: UInt8 { case number, text, bool, json }

    /// The key of a written cell; nil for NULL.
    init?(tag: CellTag, bytes: UnsafeBufferPointer<UInt8>) {
        switch tag {
        case .null: return nil
        case .number:
            if let i = Self.integer(bytes) { self = .integer(i); return }
            self = Self.number(Double(String(decoding: bytes, as: UTF8.self)) ?? .nan, text: bytes)
        case .bool: self = Self.hash(.bool, bytes)
        case .json: self = Self.hash(.json, bytes)
        case .string, .date, .datetime, .time, .uuid: self = Self.hash(.text, bytes)
        }
    }

    /// The key of a value given as JSON; nil for null.
    init?(json: JSON) {
        switch json {
        case .null: return nil
        case let .int(i): self = .integer(i)
        case let .double(d): self = Self.number(d, text: nil)
        case var .string(s): self = s.withUTF8 { Self.hash(.text, $0) }
        case let .bool(b): self = Self.hash(.bool, Array((b ? "true" : "false").utf8))
        default: self = Self.hash(.json, Array(json.serialized().utf8))
        }
    }

    private static func number(_ d: Double, text: UnsafeBufferPointer<UInt8>?) -> ValueKey {
        if d.isFinite, d.rounded() == d, abs(d) < 9.2e18 { return .integer(Int64(d)) }
        if d.isNaN, let text { return hash(.number, text) }
        var h = Hasher()
        h.combine(Class.number.rawValue)
        h.combine(d)
        return .hashed(h.finalize())
    }

    private static func hash(_ c: Class, _ bytes: UnsafeBufferPointer<UInt8>) -> ValueKey {
        var h = Hasher()
        h.combine(c.rawValue)
        h.combine(bytes: UnsafeRawBufferPointer(bytes))
        return .hashed(h.finalize())
    }

    private static func hash(_ c: Class, _ bytes: [UInt8]) -> ValueKey {
        bytes.withUnsafeBufferPointer { hash(c, $0) }
    }

    /// Plain decimal integers (`-42`), without going through a String.
    private static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        let negative = b.first == UInt8(ascii: "-")
        if negative { i = 1 }
        let digits = b.count - i
        guard digits > 0, digits <= 18 else { return nil }
        var v: Int64 = 0
        while i < b.count {
            let d = b[i] &- 48
            guard d < 10 else { return nil }
            v = v * 10 + Int64(d)
            i += 1
        }
        return negative ? -v : v
    }
}
