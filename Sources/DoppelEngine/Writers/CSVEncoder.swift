import DoppelText

/// RFC 4180 CSV: a header line, fields separated by commas, lines ended by
/// CRLF-free `\n`; fields with a comma, quote, CR or LF are quoted with
/// quotes doubled. NULL is an empty field (or `CSVOptions.null`, and a value
/// equal to that token is quoted); an empty string is `""`.
struct CSVEncoder: RowEncoder {
    let columns: Int
    let headerLine: [UInt8]
    let nullToken: [UInt8]
    let sqlDatetime: Bool
    /// Per column, true when its kind writes only plain text (`KindGenerator.writesPlainText`):
    /// its cells are copied without a look for bytes to quote while the block is as generated.
    let plainColumns: [Bool]
    /// All false: for blocks a transform has seen.
    let noPlainColumns: [Bool]

    init(entity: EntityPlan, options: CSVOptions = CSVOptions()) {
        columns = entity.fields.count
        nullToken = Array(options.null.utf8)
        sqlDatetime = options.datetime == .sql
        plainColumns = entity.fields.map { f in
            if case let .kind(g, _) = f.source { return g.writesPlainText(locales: entity.locales) }
            return false
        }
        noPlainColumns = Array(repeating: false, count: entity.fields.count)
        var h: [UInt8] = []
        for (i, f) in entity.fields.enumerated() {
            if i > 0 { h.append(44) }
            let name = Array(f.name.utf8)
            // Quoted with every byte doubled at most.
            h.appendBounded(2 * name.count + 2) { out in name.withUnsafeBufferPointer { Self.appendField($0, to: &out) } }
        }
        h.append(10)
        headerLine = h
    }

    func header(into out: inout [UInt8]) { out.append(contentsOf: headerLine) }

    @inline(__always) static func needsQuotes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c == 44 || c == 34 || c == 10 || c == 13 { return true }
        return false
    }

    /// At most the bytes `encode` writes for `block`: every cell quoted with every
    /// byte doubled, or the null token, plus separators.
    /// As generated, the block's cells are its arena, one after another; after a transform the cells are counted.
    func bound(_ block: RowBlock) -> Int {
        let cells = block.rowCount * columns
        var bytes = 0
        if block.cellsAsGenerated {
            bytes = block.arena.count
        } else {
            for i in 0..<cells { bytes &+= Int(block.ends[i] &- block.starts[i]) }
        }
        return 2 &* bytes &+ cells &* (3 &+ nullToken.count) &+ block.rowCount
    }

    func encode(_ block: RowBlock, into out: inout [UInt8]) {
        out.appendBounded(bound(block)) { out in
            block.arena.withUnsafeBufferPointer { arena in
                nullToken.withUnsafeBufferPointer { nullToken in
                    block.tags.withUnsafeBufferPointer { tags in
                        block.starts.withUnsafeBufferPointer { starts in
                            block.ends.withUnsafeBufferPointer { ends in
                                (block.cellsAsGenerated ? plainColumns : noPlainColumns).withUnsafeBufferPointer { plain in
                                    encode(rows: block.rowCount, arena: arena, tags: tags, starts: starts, ends: ends,
                                           nullToken: nullToken, plain: plain, into: &out)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func encode(rows: Int, arena: UnsafeBufferPointer<UInt8>, tags: UnsafeBufferPointer<CellTag>,
                        starts: UnsafeBufferPointer<Int32>, ends: UnsafeBufferPointer<Int32>,
                        nullToken: UnsafeBufferPointer<UInt8>, plain: UnsafeBufferPointer<Bool>, into out: inout ByteCursor) {
        var i = 0
        for _ in 0..<rows {
            for c in 0..<columns {
                if c > 0 { out.put(44) }
                let tag = tags[i]
                if tag == .null {
                    out.put(nullToken)
                } else {
                    let cell = UnsafeBufferPointer(rebasing: arena[Int(starts[i])..<Int(ends[i])])
                    if tag == .datetime && sqlDatetime && cell.count == 20 {
                        // `YYYY-MM-DDTHH:MM:SSZ` → `YYYY-MM-DD HH:MM:SS`
                        out.put(UnsafeBufferPointer(rebasing: cell[0..<10]))
                        out.put(32)
                        out.put(UnsafeBufferPointer(rebasing: cell[11..<19]))
                    } else if tag == .number || tag == .bool || tag == .date || tag == .datetime || tag == .time || tag == .uuid {
                        out.put(cell)  // never contain separators
                    } else if !nullToken.isEmpty && cell.elementsEqual(nullToken) {
                        out.put(34); out.put(cell); out.put(34)
                    } else if tag == .string && plain[c] && !cell.isEmpty {
                        out.put(cell)  // its kind writes no separator, quote or line break
                    } else {
                        Self.appendField(cell, to: &out)
                    }
                }
                i += 1
            }
            out.put(10)
        }
    }

    @inline(__always) static func appendField(_ b: UnsafeBufferPointer<UInt8>, to out: inout ByteCursor) {
        if b.isEmpty { out.put(34); out.put(34); return }
        if !needsQuotes(b) { out.put(b); return }
        out.put(34)
        for c in b {
            if c == 34 { out.put(34) }
            out.put(c)
        }
        out.put(34)
    }
}
