/// The bytes cells are written into: a growable buffer in raw memory of its own.
///
/// A cell is a few bytes, and `Array.append(contentsOf:)` costs well over a hundred instructions for
/// them (a uniqueness check, a generic copy, a call to `memcpy`); an append here is a capacity
/// check and a word-sized copy. Kinds write a row's cells into the sink of their `RowContext`,
/// which hands the row to its block in one append.
///
/// A class, so a sink handed on is the same sink (a copied raw pointer would dangle once the
/// buffer grows). Its fields live behind a pointer, so writes take no dynamic exclusivity check.
/// Views of its bytes (`bytes`, the range subscript) are valid until the next write.
public final class CellBytes {
    private struct Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
    }

    private let storage: UnsafeMutablePointer<Storage>

    public init(capacity: Int = 256) {
        let c = Swift.max(16, capacity)
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(base: .allocate(capacity: c), count: 0, capacity: c))
    }

    deinit {
        storage.pointee.base.deallocate()
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    @inline(__always) public var count: Int { storage.pointee.count }
    @inline(__always) public var isEmpty: Bool { storage.pointee.count == 0 }
    public var last: UInt8? { isEmpty ? nil : storage.pointee.base[count - 1] }

    /// The bytes written so far.
    @inline(__always) public var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage.pointee.base, count: storage.pointee.count)
    }

    @inline(__always) public subscript(i: Int) -> UInt8 {
        get {
            precondition(i >= 0 && i < count, "CellBytes: index out of range")
            return storage.pointee.base[i]
        }
        set {
            precondition(i >= 0 && i < count, "CellBytes: index out of range")
            storage.pointee.base[i] = newValue
        }
    }

    /// The bytes in `r`, indexed as the whole is (an index found in the slice is one in the sink), as an
    /// array's slice is.
    @inline(__always) public subscript<R: RangeExpression<Int>>(r: R) -> Slice<UnsafeBufferPointer<UInt8>> {
        let range = r.relative(to: 0..<count)
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "CellBytes: range out of bounds")
        return bytes[range]
    }

    public func suffix(_ n: Int) -> Slice<UnsafeBufferPointer<UInt8>> { self[Swift.max(0, count - n)...] }

    // MARK: writing

    /// Room for `n` more bytes.
    @inline(__always) public func reserve(_ n: Int) {
        let s = storage.pointee
        if s.count + n > s.capacity { grow(to: s.count + n) }
    }

    public func reserveCapacity(_ n: Int) { if n > storage.pointee.capacity { grow(to: n) } }

    @inline(never) private func grow(to needed: Int) {
        var c = storage.pointee.capacity
        while c < needed { c *= 2 }
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        base.update(from: storage.pointee.base, count: storage.pointee.count)
        storage.pointee.base.deallocate()
        storage.pointee.base = base
        storage.pointee.capacity = c
    }

    @inline(__always) public func append(_ byte: UInt8) {
        reserve(1)
        storage.pointee.base[storage.pointee.count] = byte
        storage.pointee.count += 1
    }

    @inline(__always) public func append(contentsOf p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, !p.isEmpty else { return }
        reserve(p.count)
        ByteCursor.copy(from, to: storage.pointee.base + storage.pointee.count, count: p.count)
        storage.pointee.count += p.count
    }

    @inline(__always) public func append(contentsOf p: UnsafeRawBufferPointer) {
        append(contentsOf: p.bindMemory(to: UInt8.self))
    }

    @inline(__always) public func append(contentsOf a: [UInt8]) { a.withUnsafeBufferPointer { append(contentsOf: $0) } }
    @inline(__always) public func append(contentsOf a: ArraySlice<UInt8>) { a.withUnsafeBufferPointer { append(contentsOf: $0) } }
    @inline(__always) public func append(contentsOf s: StaticString) { s.withUTF8Buffer { append(contentsOf: $0) } }

    public func append(contentsOf s: String.UTF8View) {
        if s.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { for b in s { append(b) } }
    }

    public func append(contentsOf s: Substring.UTF8View) {
        if s.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { for b in s { append(b) } }
    }

    /// Any other run of bytes, copied at once where it is contiguous.
    public func append<S: Sequence<UInt8>>(contentsOf s: S) {
        if s.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { for b in s { append(b) } }
    }

    @inline(__always) public func appendBytes(_ bytes: [UInt8]) { append(contentsOf: bytes) }
    @inline(__always) public func appendBytes(_ bytes: ArraySlice<UInt8>) { append(contentsOf: bytes) }
    @inline(__always) public func appendBytes(_ text: StaticString) { append(contentsOf: text) }

    /// Appends what `body` writes through a cursor, which must be at most `bound` bytes.
    @inline(__always) func appendAssembled(_ bound: Int, _ body: (inout ByteCursor) -> Void) {
        reserve(bound)
        let start = storage.pointee.base + storage.pointee.count
        var cursor = ByteCursor(start: start, capacity: bound)
        body(&cursor)
        let used = cursor.position - start
        precondition(used <= bound, "CellBytes: \(used) bytes written into a bound of \(bound)")
        storage.pointee.count += used
    }

    /// The same as `appendAssembled` (an array needs the two told apart; a sink does not).
    @inline(__always) func appendBounded(_ bound: Int, _ body: (inout ByteCursor) -> Void) { appendAssembled(bound, body) }

    // MARK: taking back

    public func removeLast() {
        precondition(count > 0, "CellBytes: removeLast on an empty sink")
        storage.pointee.count -= 1
    }

    public func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "CellBytes: removeLast past the start")
        storage.pointee.count -= n
    }

    /// Forgets every byte; the memory stays for the next writes.
    @inline(__always) public func removeAll(keepingCapacity: Bool = true) { storage.pointee.count = 0 }

    public func removeSubrange<R: RangeExpression<Int>>(_ r: R) {
        let range = r.relative(to: 0..<count)
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "CellBytes: range out of bounds")
        let base = storage.pointee.base
        UnsafeMutableRawPointer(base + range.lowerBound).copyMemory(from: base + range.upperBound, byteCount: count - range.upperBound)
        storage.pointee.count -= range.count
    }

    public func swapAt(_ i: Int, _ j: Int) {
        let a = self[i]
        self[i] = self[j]
        self[j] = a
    }
}
