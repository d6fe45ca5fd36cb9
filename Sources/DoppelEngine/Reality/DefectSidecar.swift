import DoppelText

/// The defect records of one block as the transform leaves them in
/// `RowBlock.sidecar`: the block's count of each kind (16 little-endian
/// `UInt32`s, in `DefectKind` order), then, when values are recorded, the
/// finished JSONL lines.
///
/// The worker thread renders whole lines, row numbers included: a block
/// knows where it lands in the written output because duplicates are a pure
/// function of the clean row index (see `EntityRules.writtenIndex`). The
/// recorder on the calling thread then only adds up counts and copies bytes.
struct DefectSidecar {
    static let countsSize = 4 * 16

    var lines = ByteWriter()
    var counts = [Int](repeating: 0, count: 16)
    /// False: counts only (for `metadata`, without the cost of rendering values).
    let details: Bool
    /// `{"entity":"name","row":` of the block's entity.
    let entityMember: [UInt8]

    init(details: Bool, entity: String) {
        self.details = details
        var b: [UInt8] = Array("{\"entity\":".utf8)
        DoppelJSON.JSONWriter.writeString(entity, into: &b)
        b.append(contentsOf: ",\"row\":".utf8)
        entityMember = b
        // Room for the counts, filled in by `bytes()`, so the lines are never copied behind them.
        for _ in 0..<Self.countsSize { lines.write(0) }
    }

    /// The sidecar's bytes: counts, then lines.
    mutating func bytes() -> [UInt8] {
        for (i, n) in counts.enumerated() {
            let v = UInt32(truncatingIfNeeded: n)
            for k in 0..<4 { lines.patch(4 * i + k, UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) }
        }
        return lines.finish()
    }

    /// The counts and the lines of a sidecar's bytes.
    static func read(_ b: [UInt8]) -> (counts: [Int], lines: Range<Int>) {
        guard b.count >= countsSize else { return ([Int](repeating: 0, count: 16), b.count..<b.count) }
        let counts = (0..<16).map { i -> Int in
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(b[4 * i + k]) << (8 * UInt32(k)) }
            return Int(v)
        }
        return (counts, countsSize..<b.count)
    }

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

    /// Starts a line: `{"entity":…,"row":N`.
    @inline(__always) private mutating func open(row: Int) {
        lines.write(entityMember)
        lines.write(int: row)
        lines.write(44)
    }

    @inline(__always) private mutating func close(copy: Int?) {
        if let copy {
            lines.write(",\"copy_of\":" as StaticString)
            lines.write(int: copy)
        }
        lines.write("}\n" as StaticString)
    }

    /// One changed cell: clean and dirty values as the JSON writer prints them. `row` and `copy` are
    /// indexes in the entity's whole written output; a near-duplicate's fields (with `copy`) are not counted.
    mutating func cell(_ kind: DefectKind, row: Int, field: UnsafeBufferPointer<UInt8>, clean: [UInt8], cleanTag: CellTag,
                       dirty: UnsafeBufferPointer<UInt8>, dirtyTag: CellTag, copy: Int? = nil) {
        if copy == nil { counts[kind.ordinal] += 1 }
        guard details else { return }
        open(row: row)
        lines.write(field)
        lines.write(Self.kindMember(kind))
        clean.withUnsafeBufferPointer { Self.writeValue($0, cleanTag, &lines) }
        lines.write(",\"dirty\":" as StaticString)
        Self.writeValue(dirty, dirtyTag, &lines)
        close(copy: copy)
    }

    /// A duplicate row: `"field": null` and the row it copies.
    mutating func duplicate(_ kind: DefectKind, row: Int, copy: Int) {
        counts[kind.ordinal] += 1
        guard details else { return }
        open(row: row)
        lines.write("\"field\":null" as StaticString)
        lines.write(Self.kindMember(kind))
        lines.write("null,\"dirty\":null" as StaticString)
        close(copy: copy)
    }

    /// A cell as a JSON value, exactly as the JSON writer prints it.
    static func writeValue(_ b: UnsafeBufferPointer<UInt8>, _ tag: CellTag, _ out: inout ByteWriter) {
        switch tag {
        case .null: out.write("null" as StaticString)
        case .number, .bool, .json: out.write(b)
        case .string, .date, .datetime, .time, .uuid: out.write(jsonString: b)
        }
    }
}

import DoppelJSON
