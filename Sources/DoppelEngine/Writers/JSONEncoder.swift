import DoppelText

/// JSON (one array of objects) and JSONL (one object per line).
///
/// A JSON document is `[` + `\n{…}` for the first row, `,\n{…}` for the
/// others + `\n]\n`, so blocks encode independently and shards concatenate
/// to the whole.
struct JSONEncoder: RowEncoder {
    let columns: Int
    let lines: Bool
    /// `"name":` for each column, escaped once, flattened (`keyStarts` has columns + 1 entries):
    /// one buffer keeps the row loop free of nested-array reference counting.
    let keyBytes: [UInt8]
    let keyStarts: [Int]

    init(entity: EntityPlan, lines: Bool) {
        columns = entity.fields.count
        self.lines = lines
        var bytes: [UInt8] = []
        var starts = [0]
        for f in entity.fields {
            DoppelJSON.JSONWriter.writeString(f.name, into: &bytes)
            bytes.append(58)
            starts.append(bytes.count)
        }
        keyBytes = bytes
        keyStarts = starts
    }

    func header(into out: inout [UInt8]) { if !lines { out.append(91) } }
    func footer(into out: inout [UInt8]) { if !lines { out.append(contentsOf: [10, 93, 10]) } }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    @inline(__always) static func appendString(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(34)
        var runStart = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c >= 0x20 && c != 34 && c != 92 { i += 1; continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
            switch c {
            case 34: out.append(92); out.append(34)
            case 92: out.append(92); out.append(92)
            case 10: out.append(92); out.append(110)
            case 13: out.append(92); out.append(114)
            case 9: out.append(92); out.append(116)
            default:
                out.append(contentsOf: [92, 117, 48, 48, hex[Int(c >> 4)], hex[Int(c & 15)]])
            }
            i += 1
            runStart = i
        }
        if runStart < b.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<b.count])) }
        out.append(34)
    }

    func encode(_ block: RowBlock, into out: inout [UInt8]) {
        keyBytes.withUnsafeBufferPointer { keys in
        keyStarts.withUnsafeBufferPointer { keyStarts in
        block.arena.withUnsafeBufferPointer { arena in
            var i = 0
            for r in 0..<block.rowCount {
                if !lines {
                    if !(block.startsOutput && r == 0) { out.append(44) }
                    out.append(10)
                }
                out.append(123)
                for c in 0..<columns {
                    if c > 0 { out.append(44) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: keys[keyStarts[c]..<keyStarts[c + 1]]))
                    let cell = UnsafeBufferPointer(rebasing: arena[Int(block.starts[i])..<Int(block.ends[i])])
                    switch block.tags[i] {
                    case .null: out.append(contentsOf: [110, 117, 108, 108])
                    case .number, .bool, .json: out.append(contentsOf: cell)
                    case .date, .uuid, .datetime, .time:
                        out.append(34); out.append(contentsOf: cell); out.append(34)
                    case .string: Self.appendString(cell, to: &out)
                    }
                    i += 1
                }
                out.append(125)
                if lines { out.append(10) }
            }
        }
        }
        }
    }
}

import DoppelJSON
