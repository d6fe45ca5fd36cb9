/// Writes bytes through a raw pointer into space reserved up front
/// (`Array.appendBounded`): an encoder that knows a bound on its output pays one
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
        position.update(from: base, count: bytes.count)
        position += bytes.count
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

    /// Appends what `body` writes, at most `bound` bytes, assembled in temporary (stack) space
    /// and added in one append: a cell made of several pieces pays one uniqueness and capacity
    /// check instead of one per piece.
    mutating func appendAssembled(_ bound: Int, _ body: (inout ByteCursor) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, bound)) { buffer in
            guard let base = buffer.baseAddress else { return }
            var cursor = ByteCursor(start: base, capacity: bound)
            body(&cursor)
            let used = cursor.position - base
            precondition(used <= bound, "appendAssembled: \(used) bytes written into a bound of \(bound)")
            append(contentsOf: UnsafeBufferPointer(start: base, count: used))
        }
    }
}
