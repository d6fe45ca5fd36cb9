/// The cells of one row as they are generated (start, end and tag per column), in buffers
/// owned by this object and reused row after row: the row loop writes them without the
/// uniqueness checks an array store takes, and `RowBlock.recordRow` copies them in at once.
///
/// - Important: used by one `RowContext`, on one thread.
final class RowCells {
    let columns: Int
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    let tags: UnsafeMutablePointer<CellTag>

    init(columns: Int) {
        self.columns = columns
        starts = .allocate(capacity: columns)
        starts.initialize(repeating: 0, count: columns)
        ends = .allocate(capacity: columns)
        ends.initialize(repeating: 0, count: columns)
        tags = .allocate(capacity: columns)
        tags.initialize(repeating: .null, count: columns)
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        tags.deallocate()
    }

    /// Sets cell `column`, which must be below `columns` (an `EntityPlan.order` entry).
    @inline(__always) func set(_ column: Int, start: Int, end: Int, tag: CellTag) {
        starts[column] = Int32(truncatingIfNeeded: start)
        ends[column] = Int32(truncatingIfNeeded: end)
        tags[column] = tag
    }
}
