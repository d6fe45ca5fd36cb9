/// Scratch buffers for nested cell computations (`RowContext.withScratch`), one per nesting depth,
/// taken and given back in stack order. It lives behind a pointer owned by its row context, so
/// taking a buffer costs no dynamic exclusivity check (an array property of the class cost two
/// checks a take, about 160 instructions).
struct ScratchStack {
    private var buffers: UnsafeMutablePointer<CellBytes>
    private var capacity: Int
    private var depth = 0

    init() {
        capacity = 4
        buffers = .allocate(capacity: capacity)
        for i in 0..<capacity { (buffers + i).initialize(to: CellBytes()) }
    }

    /// The buffer for the next depth, emptied; `give` hands it back.
    @inline(__always) mutating func take() -> CellBytes {
        if depth == capacity { grow() }
        let b = buffers[depth]
        depth += 1
        b.removeAll()
        return b
    }

    @inline(__always) mutating func give() {
        precondition(depth > 0, "ScratchStack: give without take")
        depth -= 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<CellBytes>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: buffers, count: capacity)
        for i in capacity..<(capacity * 2) { (bigger + i).initialize(to: CellBytes()) }
        buffers.deallocate()
        buffers = bigger
        capacity *= 2
    }

    func release() {
        buffers.deinitialize(count: capacity)
        buffers.deallocate()
    }
}
