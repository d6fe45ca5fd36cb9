import DoppelText

/// PostgreSQL `COPY … FROM stdin` blocks in text format, as pg_dump writes them:
/// a block for every `batch` rows, cut on the same grid as `SQLInsertEncoder`'s
/// statements, so shards and thread counts cut the script the same way.
///
/// Text format: columns separated by a tab, rows by `\n`, NULL as `\N`; a
/// backslash, tab, line feed or carriage return inside a value is escaped with a
/// backslash. The block ends with `\.` on a line of its own.
struct SQLCopyEncoder: RowEncoder {
    let batch: Int
    let columns: Int
    let prefix: [UInt8]
    static let terminator: [UInt8] = Array("\\.\n".utf8)
    static let trueText: [UInt8] = Array("true".utf8)
    static let falseText: [UInt8] = Array("false".utf8)

    init(entity: EntityPlan, batch: Int) {
        self.batch = batch
        columns = entity.fields.count
        var p: [UInt8] = Array("COPY ".utf8)
        SQLSyntax.quoteIdentifier(entity.name, .postgres, into: &p)
        p.append(contentsOf: " (".utf8)
        for (i, f) in entity.fields.enumerated() {
            if i > 0 { p.append(contentsOf: ", ".utf8) }
            SQLSyntax.quoteIdentifier(f.name, .postgres, into: &p)
        }
        p.append(contentsOf: ") FROM stdin;\n".utf8)
        prefix = p
    }

    /// Appends `b` escaped for COPY's text format.
    @inline(__always) static func appendText(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var runStart = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 92 || c == 9 || c == 10 || c == 13 {
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
                out.append(92)
                switch c {
                case 9: out.append(116)
                case 10: out.append(110)
                case 13: out.append(114)
                default: out.append(92)
                }
                runStart = i + 1
            }
            i += 1
        }
        if runStart < b.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<b.count])) }
    }

    func encode(_ block: RowBlock, into out: inout [UInt8]) {
        // A block starts at clean rows that are multiples of the batch size; a row a transform
        // inserted joins the block of the clean row before it (the rule of SQLInsertEncoder).
        let inserted = block.insertedRows
        let hasInserted = !inserted.isEmpty
        @inline(__always) func startsStatement(_ r: Int, clean: Int) -> Bool {
            r == 0 || ((!hasInserted || !inserted[r]) && clean % batch == 0)
        }
        block.arena.withUnsafeBufferPointer { arena in
            var i = 0
            var clean = 0
            for r in 0..<block.rowCount {
                if startsStatement(r, clean: clean) { out.append(contentsOf: prefix) }
                if !hasInserted || !inserted[r] { clean += 1 }
                for c in 0..<columns {
                    if c > 0 { out.append(9) }
                    let cell = UnsafeBufferPointer(rebasing: arena[Int(block.starts[i])..<Int(block.ends[i])])
                    switch block.tags[i] {
                    case .null: out.append(92); out.append(78)
                    case .number, .date, .time, .uuid: out.append(contentsOf: cell)
                    case .bool: out.append(contentsOf: cell.first == 116 ? Self.trueText : Self.falseText)
                    case .datetime where cell.count == 20:
                        // `YYYY-MM-DDTHH:MM:SSZ` → `YYYY-MM-DD HH:MM:SS`, as the INSERT styles write it.
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: cell[0..<10]))
                        out.append(32)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: cell[11..<19]))
                    default: Self.appendText(cell, into: &out)
                    }
                    i += 1
                }
                out.append(10)
                if r == block.rowCount - 1 || startsStatement(r + 1, clean: clean) { out.append(contentsOf: Self.terminator) }
            }
        }
    }
}
