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

    /// `,"kind":"typo","clean":` for each kind, rendered once.
    static let kindMembers: [[UInt8]] = DefectKind.allCases.map { Array(",\"kind\":\"\($0.rawValue)\",\"clean\":".utf8) }
    static let dirtyMember: [UInt8] = Array(",\"dirty\":".utf8)

    /// `"field":"name"` for each column of an entity.
    static func fieldMembers(_ e: EntityPlan) -> [[UInt8]] {
        e.fields.map { f in
            var b: [UInt8] = Array("\"field\":".utf8)
            DoppelJSON.JSONWriter.writeString(f.name, into: &b)
            return b
        }
    }

    private mutating func header(_ kind: DefectKind, flags: UInt8, row: Int, copy: Int) {
        bytes.append(UInt8(kind.ordinal))
        bytes.append(flags)
        appendU32(UInt32(bitPattern: Int32(truncatingIfNeeded: row)))
        appendU32(UInt32(bitPattern: Int32(truncatingIfNeeded: copy)))
        appendU32(0)
    }

    @inline(__always) private mutating func appendU32(_ v: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: v))
        bytes.append(UInt8(truncatingIfNeeded: v >> 8))
        bytes.append(UInt8(truncatingIfNeeded: v >> 16))
        bytes.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    private mutating func finishPayload(from headerStart: Int) {
        let n = UInt32(bytes.count - headerStart - Self.headerSize)
        for k in 0..<4 { bytes[headerStart + 10 + k] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(k))) }
    }

    /// One changed cell: clean and dirty values as the JSON writer prints them.
    mutating func cell(_ kind: DefectKind, row: Int, field: [UInt8], clean: [UInt8], cleanTag: CellTag,
                       dirty: [UInt8], dirtyTag: CellTag, copy: Int? = nil) {
        let start = bytes.count
        header(kind, flags: (copy == nil ? Self.counted : Self.hasCopy), row: row, copy: copy ?? 0)
        guard details else { return }
        bytes.append(contentsOf: field)
        bytes.append(contentsOf: Self.kindMembers[kind.ordinal])
        Self.appendValue(clean, cleanTag, &bytes)
        bytes.append(contentsOf: Self.dirtyMember)
        Self.appendValue(dirty, dirtyTag, &bytes)
        finishPayload(from: start)
    }

    /// A duplicate row: `"field": null` and the row it copies.
    mutating func duplicate(_ kind: DefectKind, row: Int, copy: Int) {
        let start = bytes.count
        header(kind, flags: Self.counted | Self.hasCopy, row: row, copy: copy)
        guard details else { return }
        bytes.append(contentsOf: "\"field\":null".utf8)
        bytes.append(contentsOf: Self.kindMembers[kind.ordinal])
        bytes.append(contentsOf: "null".utf8)
        bytes.append(contentsOf: Self.dirtyMember)
        bytes.append(contentsOf: "null".utf8)
        finishPayload(from: start)
    }

    /// A cell as a JSON value, exactly as the JSON writer prints it.
    static func appendValue(_ b: [UInt8], _ tag: CellTag, _ out: inout [UInt8]) {
        switch tag {
        case .null: out.append(contentsOf: [110, 117, 108, 108])
        case .number, .bool, .json: out.append(contentsOf: b)
        case .string, .date, .datetime, .time, .uuid: b.withUnsafeBufferPointer { JSONEncoder.appendString($0, to: &out) }
        }
    }

    /// One record read back from a sidecar.
    struct Record {
        let kind: DefectKind
        let counted: Bool
        let row: Int
        let copy: Int?
        let payload: ArraySlice<UInt8>
    }

    /// The records of a sidecar, in order.
    static func records(_ b: [UInt8]) -> [Record] {
        var out: [Record] = []
        var i = 0
        func u32(_ at: Int) -> UInt32 {
            UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
        }
        while i + headerSize <= b.count {
            let kind = DefectKind.byOrdinal[min(Int(b[i]), DefectKind.byOrdinal.count - 1)]
            let flags = b[i + 1]
            let row = Int(Int32(bitPattern: u32(i + 2)))
            let copy = Int(Int32(bitPattern: u32(i + 6)))
            let n = Int(u32(i + 10))
            let end = min(b.count, i + headerSize + n)
            out.append(Record(kind: kind, counted: flags & counted != 0, row: row, copy: flags & hasCopy != 0 ? copy : nil,
                              payload: b[(i + headerSize)..<end]))
            i = end
        }
        return out
    }
}

import DoppelJSON
