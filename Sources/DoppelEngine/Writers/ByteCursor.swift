/// Writes bytes through a raw pointer into space reserved up front
/// (`Array.appendBounded`, `CellBytes.appendAssembled`): an encoder that knows a bound on its output pays one
/// capacity check per block instead of a uniqueness and capacity check per byte.
struct ByteCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>
    #if DEBUG
    let end: UnsafeMutablePointer<UInt8>
    #endif

    /// A cursor at `start` that may write `capacity` bytes (checked in debug builds).
    init(start: UnsafeMutablePointer<UInt8>, capacity: Int) {
        position = start
        #if DEBUG
        end = start + capacity
        #endif
    }

    @inline(__always) mutating func put(_ byte: UInt8) {
        #if DEBUG
        precondition(position < end, "ByteCursor: write past the reserved bound")
        #endif
        position.pointee = byte
        position += 1
    }

    @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        #if DEBUG
        precondition(position + bytes.count <= end, "ByteCursor: write past the reserved bound")
        #endif
        Self.copy(base, to: position, count: bytes.count)
        position += bytes.count
    }

    /// Copies `count` bytes. Cells are mostly under 16 bytes, where two overlapping word-sized
    /// loads and stores cost a few instructions and a call to `memcpy` costs several times that.
    @inline(__always) static func copy(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, count: Int) {
        let s = UnsafeRawPointer(from), d = UnsafeMutableRawPointer(to)
        switch count {
        case 8...16:
            let head = s.loadUnaligned(as: UInt64.self), tail = s.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            d.storeBytes(of: head, as: UInt64.self)
            d.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = s.loadUnaligned(as: UInt32.self), tail = s.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            d.storeBytes(of: head, as: UInt32.self)
            d.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            to[0] = from[0]; to[count / 2] = from[count / 2]; to[count - 1] = from[count - 1]
        default:
            to.update(from: from, count: count)
        }
    }

    /// Writes `count` bytes that `body` fills in any order (digits right to left).
    @inline(__always) mutating func putRightToLeft(_ count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        #if DEBUG
        precondition(position + count <= end, "ByteCursor: write past the reserved bound")
        #endif
        body(position)
        position += count
    }

    /// Takes back the bytes written since `mark`, a position this cursor held earlier.
    @inline(__always) mutating func rewind(to mark: UnsafeMutablePointer<UInt8>) {
        #if DEBUG
        precondition(mark <= position, "ByteCursor: rewind past the write position")
        #endif
        position = mark
    }
}

private let byteCursorZeros = [UInt8](repeating: 0, count: 16_384)

extension Array where Element == UInt8 {
    /// Appends what `body` writes, which must be at most `bound` bytes.
    mutating func appendBounded(_ bound: Int, _ body: (inout ByteCursor) -> Void) {
        let start = count
        reserveCapacity(start + bound)
        var missing = bound
        while missing > 0 {  // zeros by the chunk: a copy, not a loop over elements
            let n = Swift.min(missing, byteCursorZeros.count)
            append(contentsOf: byteCursorZeros[..<n])
            missing -= n
        }
        let used = withUnsafeMutableBufferPointer { buffer -> Int in
            let base = buffer.baseAddress! + start
            var cursor = ByteCursor(start: base, capacity: bound)
            body(&cursor)
            return cursor.position - base
        }
        precondition(used <= bound, "appendBounded: \(used) bytes written into a bound of \(bound)")
        removeLast(bound - used)
    }
}
