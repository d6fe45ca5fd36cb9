import DoppelText

/// Multi-row INSERTs: a statement for every `batch` rows of a block (blocks
/// start at multiples of the batch size, so statements are the same whatever
/// the shard or thread count).
struct SQLInsertEncoder: RowEncoder {
    let dialect: SQLDialect
    let batch: Int
    let columns: Int
    let prefix: [UInt8]

    init(entity: EntityPlan, dialect: SQLDialect, batch: Int) {
        self.dialect = dialect
        self.batch = batch
        columns = entity.fields.count
        var p: [UInt8] = Array("INSERT INTO ".utf8)
        SQLSyntax.quoteIdentifier(entity.name, dialect, into: &p)
        p.append(contentsOf: " (".utf8)
        for (i, f) in entity.fields.enumerated() {
            if i > 0 { p.append(contentsOf: ", ".utf8) }
            SQLSyntax.quoteIdentifier(f.name, dialect, into: &p)
        }
        p.append(contentsOf: ") VALUES\n".utf8)
        prefix = p
    }

    func encode(_ block: RowBlock, into out: inout [UInt8]) {
        let trueLit: [UInt8] = dialect == .sqlite ? [49] : Array("TRUE".utf8)
        let falseLit: [UInt8] = dialect == .sqlite ? [48] : Array("FALSE".utf8)
        // Statements start at clean rows that are multiples of the batch size; a row a transform
        // inserted joins the statement of the clean row before it, so shards and thread counts
        // cut statements the same way whatever was inserted.
        let inserted = block.insertedRows
        let hasInserted = !inserted.isEmpty
        @inline(__always) func startsStatement(_ r: Int, clean: Int) -> Bool {
            r == 0 || ((!hasInserted || !inserted[r]) && clean % batch == 0)
        }
        block.arena.withUnsafeBufferPointer { arena in
            var i = 0
            var clean = 0  // clean rows before row r
            for r in 0..<block.rowCount {
                if startsStatement(r, clean: clean) { out.append(contentsOf: prefix) } else { out.append(contentsOf: [44, 10]) }
                if !hasInserted || !inserted[r] { clean += 1 }
                out.append(40)
                for c in 0..<columns {
                    if c > 0 { out.append(contentsOf: [44, 32]) }
                    let cell = UnsafeBufferPointer(rebasing: arena[Int(block.starts[i])..<Int(block.ends[i])])
                    switch block.tags[i] {
                    case .null: out.append(contentsOf: [78, 85, 76, 76])
                    case .number: out.append(contentsOf: cell)
                    case .bool: out.append(contentsOf: cell.first == 116 ? trueLit : falseLit)
                    case .datetime where cell.count == 20:
                        // `YYYY-MM-DDTHH:MM:SSZ` → `'YYYY-MM-DD HH:MM:SS'`, which every dialect's DATETIME/TIMESTAMP accepts.
                        out.append(39)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: cell[0..<10]))
                        out.append(32)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: cell[11..<19]))
                        out.append(39)
                    default: SQLSyntax.appendLiteral(cell, dialect, into: &out)
                    }
                    i += 1
                }
                out.append(41)
                if r == block.rowCount - 1 || startsStatement(r + 1, clean: clean) { out.append(contentsOf: [59, 10]) }
            }
        }
    }
}
