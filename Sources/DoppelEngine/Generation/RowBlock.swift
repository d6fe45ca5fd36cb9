import DoppelText

/// What a cell's bytes mean to a writer: how to quote it, and what it held
/// before rendering.
public enum CellTag: UInt8, Sendable {
    /// SQL NULL, JSON null, an empty CSV field.
    case null
    /// A JSON number as text (`42`, `-3.50`): unquoted in JSON and SQL.
    case number
    /// `true` / `false`.
    case bool
    /// UTF-8 text: quoted and escaped by every writer.
    case string
    /// `YYYY-MM-DD`, quoted like a string.
    case date
    /// `YYYY-MM-DDTHH:MM:SSZ`, quoted like a string (SQL writes `YYYY-MM-DD HH:MM:SS`).
    case datetime
    /// `HH:MM:SS`, quoted like a string.
    case time
    /// A canonical UUID, quoted like a string.
    case uuid
    /// Raw JSON text: embedded as is in JSON output, quoted as a string elsewhere.
    case json
}

/// A block of generated rows: every cell's rendered bytes and tag, stored in
/// one reusable arena.
///
/// This is the seam between generation and writing. A `RowBlockTransform`
/// (the reality engine) may read and replace cells, or insert rows, before a
/// writer turns the block into output bytes. Cells are addressed by
/// (row in block, column); `firstRow` is the entity row index of row 0 in the
/// clean output.
public struct RowBlock: Sendable {
    public let columns: Int
    /// Entity row index of the block's first clean row.
    public internal(set) var firstRow: Int = 0
    /// True when this block holds the entity's first row (JSON writers put no separator before it).
    public var startsOutput: Bool { firstRow == 0 }
    public internal(set) var rowCount: Int = 0

    /// Free bytes for a transform's side output (a defect record); handed to
    /// `GenerationOptions.blockWritten` in output order. Emptied for every block.
    public var sidecar: [UInt8] = []

    /// Per row, true for a row a transform inserted (a duplicate); empty while none is.
    /// The SQL writer keeps statements on clean-row boundaries with it.
    public internal(set) var insertedRows: [Bool] = []

    /// True when every cell holds what its column generated: no transform has seen the block.
    /// Writers may then rely on a column's kind (`KindGenerator.writesPlainText`).
    var cellsAsGenerated = false

    var arena: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    var tags: [CellTag] = []

    public init(columns: Int) {
        self.columns = columns
    }

    /// Empties the block for `expectedRows` rows, with every cell NULL until recorded:
    /// one bulk fill here instead of three appends per cell in `beginRow`.
    mutating func reset(firstRow: Int, expectedRows: Int) {
        self.firstRow = firstRow
        rowCount = 0
        cellsAsGenerated = false
        sidecar.removeAll(keepingCapacity: true)
        insertedRows.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        let cells = expectedRows * columns
        starts.append(contentsOf: repeatElement(0, count: cells))
        ends.append(contentsOf: repeatElement(0, count: cells))
        tags.append(contentsOf: repeatElement(.null, count: cells))
    }

    /// Opens a row whose cells are filled afterwards (in any column order) by `record`.
    @inline(__always) mutating func beginRow() {
        rowCount += 1
        if rowCount * columns > tags.count {  // more rows than `reset` expected
            for _ in 0..<columns {
                starts.append(0)
                ends.append(0)
                tags.append(.null)
            }
        }
    }

    /// Drops the cells of expected rows that were never begun.
    mutating func trimToRows() {
        let cells = rowCount * columns
        if tags.count > cells {
            starts.removeLast(starts.count - cells)
            ends.removeLast(ends.count - cells)
            tags.removeLast(tags.count - cells)
        }
    }

    /// Records every cell of the row begun last, from `cells` (as `record` would, column by column).
    mutating func recordRow(_ cells: RowCells) {
        let base = (rowCount - 1) * columns
        precondition(cells.columns == columns && base >= 0 && base + columns <= tags.count, "recordRow: row out of range")
        starts.withUnsafeMutableBufferPointer { b in
            if let p = b.baseAddress { (p + base).update(from: cells.starts, count: columns) }
        }
        ends.withUnsafeMutableBufferPointer { b in
            if let p = b.baseAddress { (p + base).update(from: cells.ends, count: columns) }
        }
        tags.withUnsafeMutableBufferPointer { b in
            if let p = b.baseAddress { (p + base).update(from: cells.tags, count: columns) }
        }
    }

    @inline(__always) mutating func record(column: Int, start: Int, end: Int, tag: CellTag) {
        let i = (rowCount - 1) * columns + column
        starts[i] = Int32(truncatingIfNeeded: start)
        ends[i] = Int32(truncatingIfNeeded: end)
        tags[i] = tag
    }

    // MARK: reading and editing (the reality seam)

    /// The tag of a cell.
    public func tag(row: Int, column: Int) -> CellTag { tags[row * columns + column] }

    /// Calls `body` with the cell's bytes (valid only during the call).
    public func withCell<R>(row: Int, column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let i = row * columns + column
        let s = Int(starts[i]), e = Int(ends[i])
        return try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[s..<e])) }
    }

    /// The cell's text (`nil` for NULL); allocates, so for edits and tests rather than bulk output.
    public func text(row: Int, column: Int) -> String? {
        if tag(row: row, column: column) == .null { return nil }
        return withCell(row: row, column: column) { String(decoding: $0, as: UTF8.self) }
    }

    /// Replaces a cell's bytes and tag (the old bytes stay in the arena until the block is reused).
    public mutating func setCell(row: Int, column: Int, bytes: some Collection<UInt8>, tag: CellTag) {
        let i = row * columns + column
        let s = arena.count
        arena.append(contentsOf: bytes)
        starts[i] = Int32(truncatingIfNeeded: s)
        ends[i] = Int32(truncatingIfNeeded: arena.count)
        tags[i] = tag
    }

    /// Replaces a cell with text.
    public mutating func setCell(row: Int, column: Int, text: String) {
        setCell(row: row, column: column, bytes: Array(text.utf8), tag: .string)
    }

    /// Makes a cell NULL.
    public mutating func setNull(row: Int, column: Int) {
        let i = row * columns + column
        starts[i] = 0
        ends[i] = 0
        tags[i] = .null
    }

    /// Inserts a copy of row `source` at position `at` (0...rowCount), e.g. a duplicate record.
    public mutating func insertCopy(of source: Int, at position: Int) {
        let s = source * columns
        let newStarts = Array(starts[s..<(s + columns)])
        let newEnds = Array(ends[s..<(s + columns)])
        let newTags = Array(tags[s..<(s + columns)])
        let p = position * columns
        starts.insert(contentsOf: newStarts, at: p)
        ends.insert(contentsOf: newEnds, at: p)
        tags.insert(contentsOf: newTags, at: p)
        if insertedRows.isEmpty { insertedRows = Array(repeating: false, count: rowCount) }
        insertedRows.insert(true, at: position)
        rowCount += 1
    }

    /// True when row `row` was inserted by a transform rather than generated.
    public func isInserted(row: Int) -> Bool { insertedRows.isEmpty ? false : insertedRows[row] }
}

/// A stage between generation and the writers: the reality engine's hook.
///
/// Called once per block, on a worker thread, with the entity's plan; it may
/// edit cells and insert rows. It must be a pure function of the block's
/// contents and row indexes to keep output deterministic across thread counts.
public protocol RowBlockTransform: Sendable {
    func transform(_ block: inout RowBlock, entity: EntityPlan)
}

extension RowBlock {
    mutating func reserveArena(_ n: Int) {
        if arena.capacity < n { arena.reserveCapacity(n) }
    }
}

extension RowBlock {
    /// The cell as a number when its tag is `.number` (or a parseable string), else nil.
    public func number(row: Int, column: Int) -> Double? {
        let t = tag(row: row, column: column)
        guard t == .number || t == .string else { return nil }
        return withCell(row: row, column: column) { Double(String(decoding: $0, as: UTF8.self)) }
    }
}
