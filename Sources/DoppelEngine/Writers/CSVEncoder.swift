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

    init(entity: EntityPlan, options: CSVOptions = CSVOptions()) {
        columns = entity.fields.count
        nullToken = Array(options.null.utf8)
        sqlDatetime = options.datetime == .sql
        var h: [UInt8] = []
        for (i, f) in entity.fields.enumerated() {
            if i > 0 { h.append(44) }
            Self.appendField(Array(f.name.utf8)[...], to: &h)
        }
        h.append(10)
        headerLine = h
    }

    func header(into out: inout [UInt8]) { out.append(contentsOf: headerLine) }

    @inline(__always) static func needsQuotes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c == 44 || c == 34 || c == 10 || c == 13 { return true }
        return false
    }

    static func appendField(_ b: ArraySlice<UInt8>, to out: inout [UInt8]) {
        b.withUnsafeBufferPointer { appendField($0, to: &out) }
    }

    @inline(__always) static func appendField(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if b.isEmpty { out.append(34); out.append(34); return }
        if !needsQuotes(b) { out.append(contentsOf: b); return }
        out.append(34)
        for c in b {
            if c == 34 { out.append(34) }
            out.append(c)
        }
        out.append(34)
    }

    func encode(_ block: RowBlock, into out: inout [UInt8]) {
        block.arena.withUnsafeBufferPointer { arena in
            var i = 0
            for _ in 0..<block.rowCount {
                for c in 0..<columns {
                    if c > 0 { out.append(44) }
                    let tag = block.tags[i]
                    if tag == .null {
                        out.append(contentsOf: nullToken)
                    } else {
                        let cell = UnsafeBufferPointer(rebasing: arena[Int(block.starts[i])..<Int(block.ends[i])])
                        if tag == .datetime && sqlDatetime && cell.count == 20 {
                            // `YYYY-MM-DDTHH:MM:SSZ` → `YYYY-MM-DD HH:MM:SS`
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: cell[0..<10]))
                            out.append(32)
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: cell[11..<19]))
                        } else if tag == .number || tag == .bool || tag == .date || tag == .datetime || tag == .time || tag == .uuid {
                            out.append(contentsOf: cell)  // never contain separators
                        } else if !nullToken.isEmpty && cell.elementsEqual(nullToken) {
                            out.append(34); out.append(contentsOf: cell); out.append(34)
                        } else {
                            Self.appendField(cell, to: &out)
                        }
                    }
                    i += 1
                }
                out.append(10)
            }
        }
    }
}
