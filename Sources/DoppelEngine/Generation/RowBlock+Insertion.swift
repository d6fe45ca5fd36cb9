import DoppelText

/// Bulk edits for transforms that add many rows to a block: one pass over the
/// cell arrays instead of one shift per inserted row.
extension RowBlock {
    /// Rows to insert into a block: each follows a row of the block as it was
    /// before any insertion; the cells point into the block's arena.
    struct Insertions {
        /// The row each new row follows, ascending (equal values keep their order).
        var after: [Int] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        var tags: [CellTag] = []

        var isEmpty: Bool { after.isEmpty }

        mutating func removeAll() {
            after.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
        }
    }

    /// Replaces a cell's bytes and tag from a buffer (no generic collection on the transform's hot path).
    mutating func setCell(row: Int, column: Int, buffer: UnsafeBufferPointer<UInt8>, tag: CellTag) {
        let i = row * columns + column
        let s = arena.count
        arena.append(contentsOf: buffer)
        starts[i] = Int32(truncatingIfNeeded: s)
        ends[i] = Int32(truncatingIfNeeded: arena.count)
        tags[i] = tag
    }

    /// Appends bytes to the arena and returns their span, for cells of inserted rows.
    mutating func appendToArena(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int32, Int32) {
        let s = arena.count
        arena.append(contentsOf: bytes)
        return (Int32(truncatingIfNeeded: s), Int32(truncatingIfNeeded: arena.count))
    }

    mutating func appendToArena(_ bytes: [UInt8]) -> (Int32, Int32) {
        bytes.withUnsafeBufferPointer { appendToArena($0) }
    }

    /// The span and tag of a cell (for copying it into an inserted row without copying bytes).
    func cellSpan(row: Int, column: Int) -> (Int32, Int32, CellTag) {
        let i = row * columns + column
        return (starts[i], ends[i], tags[i])
    }

    /// Inserts every row of `rows` after the row it follows, in one pass.
    mutating func insert(_ rows: Insertions) {
        guard !rows.isEmpty else { return }
        let oldCount = rowCount
        let total = oldCount + rows.after.count
        var newStarts: [Int32] = [], newEnds: [Int32] = [], newTags: [CellTag] = [], flags: [Bool] = []
        newStarts.reserveCapacity(total * columns)
        newEnds.reserveCapacity(total * columns)
        newTags.reserveCapacity(total * columns)
        flags.reserveCapacity(total)
        var k = 0
        starts.withUnsafeBufferPointer { oldStarts in
        ends.withUnsafeBufferPointer { oldEnds in
        tags.withUnsafeBufferPointer { oldTags in
            for r in 0..<oldCount {
                let c0 = r * columns
                newStarts.append(contentsOf: UnsafeBufferPointer(rebasing: oldStarts[c0..<(c0 + columns)]))
                newEnds.append(contentsOf: UnsafeBufferPointer(rebasing: oldEnds[c0..<(c0 + columns)]))
                newTags.append(contentsOf: UnsafeBufferPointer(rebasing: oldTags[c0..<(c0 + columns)]))
                flags.append(insertedRows.isEmpty ? false : insertedRows[r])
                while k < rows.after.count && rows.after[k] == r {
                    let n0 = k * columns
                    newStarts.append(contentsOf: rows.starts[n0..<(n0 + columns)])
                    newEnds.append(contentsOf: rows.ends[n0..<(n0 + columns)])
                    newTags.append(contentsOf: rows.tags[n0..<(n0 + columns)])
                    flags.append(true)
                    k += 1
                }
            }
        }
        }
        }
        starts = newStarts
        ends = newEnds
        tags = newTags
        insertedRows = flags
        rowCount = total
    }
}
