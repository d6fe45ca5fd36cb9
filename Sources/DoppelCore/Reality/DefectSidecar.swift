/// The defect records of one block as the transform leaves them in
/// `RowBlock.sidecar`: a fixed header per record, then, when details are
/// recorded, the record's JSON members after `"row"`.
///
/// Header (little-endian): kind ordinal (1 byte), flags (1 byte), row in the
/// block's written rows (4 bytes), the copied row in the same numbering (4
/// bytes), payload length (4 bytes). The row numbers are relative to the
/// block because only the writer knows where the block lands in the output;
/// `DefectRecorder` adds that offset on the calling thread.
struct DefectSidecar {
    static let headerSize = 14
    static let counted: UInt8 = 1
    static let hasCopy: UInt8 = 2

    var bytes: [UInt8] = []
    /// False: headers only (counts for `metadata` without the cost of rendering values).
    var details: Bool

    /// `,"kind":"typo","clean":`: static text, so appending it touches no reference count.
    static func kindMember(_ kind: DefectKind) -> StaticString {
        switch kind {
        case .null: return ",\"kind\":\"null\",\"clean\":"
        case .emptyString: return ",\"kind\":\"empty_string\",\"clean\":"
        case .whitespace: return ",\"kind\":\"whitespace\",\"clean\":"
        case .letterCase: return ",\"kind\":\"case\",\"clean\":"
        case .typo: return ",\"kind\":\"typo\",\"clean\":"
        case .dateFormat: return ",\"kind\":\"date_format\",\"clean\":"
        case .phoneFormat: return ",\"kind\":\"phone_format\",\"clean\":"
        case .numberFormat: return ",\"kind\":\"number_format\",\"clean\":"
        case .booleanFormat: return ",\"kind\":\"boolean_format\",\"clean\":"
        case .outlier: return ",\"kind\":\"outlier\",\"clean\":"
        case .invalidEmail: return ",\"kind\":\"invalid_email\",\"clean\":"
        case .invalidPostalCode: return ",\"kind\":\"invalid_postal_code\",\"clean\":"
        case .orphanReference: return ",\"kind\":\"orphan_reference\",\"clean\":"
        case .encoding: return ",\"kind\":\"encoding\",\"clean\":"
        case .exactDuplicate: return ",\"kind\":\"exact_duplicate\",\"clean\":"
        case .nearDuplicate: return ",\"kind\":\"near_duplicate\",\"clean\":"
        }
    }

    /// `"field":"name"` for each column of an entity, in one buffer: column `c` is `bytes[starts[c] ..< starts[c + 1]]`.
    struct FieldMembers: Sendable {
        let bytes: [UInt8]
        let starts: [Int]

        init(_ e: EntityPlan) {
            var b: [UInt8] = []
            var starts = [0]
            for f in e.fields {
                b.append(contentsOf: "\"field\":".utf8)
                DoppelJSON.JSONWriter.writeString(f.name, into: &b)
                starts.append(b.count)
            }
            bytes = b
            self.starts = starts
        }
    }

    private mutating func header(_ kind: DefectKind, flags: UInt8, row: Int, copy: Int) {
        // One append of the packed header rather than fourteen of a byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.headerSize) { h in
            h[0] = UInt8(kind.ordinal)
            h[1] = flags
            let r = UInt32(bitPattern: Int32(truncatingIfNeeded: row)), c = UInt32(bitPattern: Int32(truncatingIfNeeded: copy))
            for k in 0..<4 {
                h[2 + k] = UInt8(truncatingIfNeeded: r >> (8 * UInt32(k)))
                h[6 + k] = UInt8(truncatingIfNeeded: c >> (8 * UInt32(k)))
                h[10 + k] = 0
            }
            bytes.append(contentsOf: UnsafeBufferPointer(h))
        }
    }

    private mutating func finishPayload(from headerStart: Int) {
        let n = UInt32(bytes.count - headerStart - Self.headerSize)
        for k in 0..<4 { bytes[headerStart + 10 + k] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(k))) }
    }

    /// One changed cell: clean and dirty values as the JSON writer prints them.
    mutating func cell(_ kind: DefectKind, row: Int, field: UnsafeBufferPointer<UInt8>, clean: [UInt8], cleanTag: CellTag,
                       dirty: [UInt8], dirtyTag: CellTag, copy: Int? = nil) {
        let start = bytes.count
        header(kind, flags: (copy == nil ? Self.counted : Self.hasCopy), row: row, copy: copy ?? 0)
        guard details else { return }
        bytes.append(contentsOf: field)
        bytes.appendBytes(Self.kindMember(kind))
        Self.appendValue(clean, cleanTag, &bytes)
        bytes.appendBytes(",\"dirty\":" as StaticString)
        Self.appendValue(dirty, dirtyTag, &bytes)
        finishPayload(from: start)
    }

    /// A duplicate row: `"field": null` and the row it copies.
    mutating func duplicate(_ kind: DefectKind, row: Int, copy: Int) {
        let start = bytes.count
        header(kind, flags: Self.counted | Self.hasCopy, row: row, copy: copy)
        guard details else { return }
        bytes.appendBytes("\"field\":null" as StaticString)
        bytes.appendBytes(Self.kindMember(kind))
        bytes.appendBytes("null" as StaticString)
        bytes.appendBytes(",\"dirty\":" as StaticString)
        bytes.appendBytes("null" as StaticString)
        finishPayload(from: start)
    }

    /// A cell as a JSON value, exactly as the JSON writer prints it.
    static func appendValue(_ b: [UInt8], _ tag: CellTag, _ out: inout [UInt8]) {
        switch tag {
        case .null: out.appendBytes("null" as StaticString)
        case .number, .bool, .json: out.appendBytes(b)
        case .string, .date, .datetime, .time, .uuid: b.withUnsafeBufferPointer { JSONEncoder.appendString($0, to: &out) }
        }
    }

    /// One record read back from a sidecar; `payload` indexes the sidecar's bytes.
    struct Record {
        let kind: DefectKind
        let counted: Bool
        let row: Int
        let copy: Int?
        let payload: Range<Int>
    }

    /// Calls `body` with each record of a sidecar, in order.
    static func forEach(_ b: [UInt8], _ body: (Record) -> Void) {
        b.withUnsafeBufferPointer { b in
            var i = 0
            func u32(_ at: Int) -> UInt32 {
                UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
            }
            while i + headerSize <= b.count {
                let kind = DefectKind.byOrdinal[min(Int(b[i]), DefectKind.byOrdinal.count - 1)]
                let flags = b[i + 1]
                let n = Int(u32(i + 10))
                let end = min(b.count, i + headerSize + n)
                body(Record(kind: kind, counted: flags & counted != 0, row: Int(Int32(bitPattern: u32(i + 2))),
                            copy: flags & hasCopy != 0 ? Int(Int32(bitPattern: u32(i + 6))) : nil, payload: (i + headerSize)..<end))
                i = end
            }
        }
    }
}

import DoppelJSON
