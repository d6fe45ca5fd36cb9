import DoppelText

/// A growable byte buffer written with raw copies: for the defect record's
/// many short pieces, where `Array.append(contentsOf:)` costs more in
/// bookkeeping than in copying.
struct ByteWriter {
    private var storage: [UInt8] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// The bytes written so far.
    var bytes: ArraySlice<UInt8> { storage[0..<count] }

    /// Overwrites bytes already written (a header filled in at the end).
    mutating func patch(_ at: Int, _ b: UInt8) {
        if at < count { storage[at] = b }
    }

    /// The bytes written, as an array, without copying them; the writer is left empty.
    mutating func finish() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &storage)
        out.removeLast(out.count - count)
        count = 0
        return out
    }

    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > storage.count {
            storage.append(contentsOf: repeatElement(0, count: Swift.max(count + n, storage.count * 2, 1024) - storage.count))
        }
    }

    @inline(__always) mutating func write(_ p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        let at = count
        storage.withUnsafeMutableBufferPointer { dst in
            if let base = dst.baseAddress { (base + at).update(from: src, count: p.count) }
        }
        count += p.count
    }

    @inline(__always) mutating func write(_ b: UInt8) {
        reserve(1)
        storage[count] = b
        count += 1
    }

    @inline(__always) mutating func write(_ a: [UInt8]) { a.withUnsafeBufferPointer { write($0) } }

    @inline(__always) mutating func write(_ s: StaticString) { s.withUTF8Buffer { write($0) } }

    /// A decimal integer.
    mutating func write(int value: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: a sign and 20 digits fit
        withUnsafeMutableBytes(of: &digits) { raw in
            var v = value.magnitude
            var n = raw.count
            repeat {
                n -= 1
                raw[n] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
            } while v > 0
            if value < 0 { n -= 1; raw[n] = 45 }
            write(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[n...]))
        }
    }

    /// A JSON string literal: quotes, with `"`, `\` and control characters escaped.
    mutating func write(jsonString b: UnsafeBufferPointer<UInt8>) {
        write(34)
        var run = 0
        for i in 0..<b.count {
            let c = b[i]
            if c >= 0x20 && c != 34 && c != 92 { continue }
            write(UnsafeBufferPointer(rebasing: b[run..<i]))
            switch c {
            case 34: write("\\\"" as StaticString)
            case 92: write("\\\\" as StaticString)
            case 10: write("\\n" as StaticString)
            case 13: write("\\r" as StaticString)
            case 9: write("\\t" as StaticString)
            default:
                write("\\u00" as StaticString)
                write(JSONEncoder.hex[Int(c >> 4)])
                write(JSONEncoder.hex[Int(c & 15)])
            }
            run = i + 1
        }
        write(UnsafeBufferPointer(rebasing: b[run..<b.count]))
        write(34)
    }
}
