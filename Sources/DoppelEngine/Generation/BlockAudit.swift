import DoppelText

/// What one written block holds, in the terms `DataChecker` counts: NULLs and
/// type failures per field, the keys of the fields whose distinct values are
/// checked, and (for a shard) how many references did not resolve.
///
/// Made on the worker thread that generated and encoded the block, from the
/// block as the writer saw it, so validation reads what was written without
/// generating anything a second time. Fields are in the schema's order.
struct BlockAudit: Sendable {
    var entity: String
    var rows = 0
    var nulls: [Int]
    var typeFailures: [Int]
    /// Per field whose distinct values are kept (`BlockAuditor.Rules.keyed`): its non-NULL keys in row order.
    var keys: [[ValueKey]]
    /// Per `unique_together` group: one combined key per row.
    var groups: [[Int]]
    /// Per reference field checked by row index (`BlockAuditor.Rules.byRow`): non-NULL keys checked, and how many did not resolve.
    var referencesChecked: [Int]
    var referencesUnresolved: [Int]
}

/// Makes `BlockAudit`s: the per-block half of validating output as it is written.
///
/// References are checked in one of two ways. A whole run keeps every
/// distinct child value and looks it up among the parent's written keys
/// (`DataChecker`). A shard holds only part of each parent, so each child
/// key is checked against the parent row it was drawn from: the row index is
/// recomputed from the child's row (cells are pure functions), must lie in
/// the parent, and the parent's key at that index, recomputed the same way,
/// must equal the written bytes. That costs one parent cell per child row and
/// never reads the rest of the parent.
struct BlockAuditor: Sendable {
    struct Reference: Sendable {
        let field: Int
        let column: Int
        let parentRows: Int
    }

    struct Rules: Sendable {
        let name: String
        /// Plan column of each schema field (nil: not generated).
        let columns: [Int?]
        let types: [FieldType]
        /// Schema field indexes whose keys the audit carries.
        let keyed: [Int]
        let groups: [[Int]]
        let byRow: [Reference]
    }

    let rules: [Rules]
    let checksReferencesByRow: Bool

    init(plan: DatasetPlan, checksReferencesByRow: Bool) {
        self.checksReferencesByRow = checksReferencesByRow
        let referenced = Set(plan.schema.entities.flatMap { $0.fields.compactMap { $0.references?.description } })
        rules = plan.entities.map { entity in
            guard let schemaEntity = plan.schema.entity(named: entity.name) else {
                return Rules(name: entity.name, columns: [], types: [], keyed: [], groups: [], byRow: [])
            }
            let fields = schemaEntity.fields
            let columns = fields.map { entity.column(named: $0.name) }
            var keyed: [Int] = []
            var byRow: [Reference] = []
            for (k, f) in fields.enumerated() {
                let isReference = f.references != nil
                if f.primaryKey || f.unique || referenced.contains("\(entity.name).\(f.name)") || (isReference && !checksReferencesByRow) {
                    keyed.append(k)
                }
                if isReference, checksReferencesByRow, let c = columns[k], let ref = entity.fields[c].source.drawnReference {
                    byRow.append(Reference(field: k, column: c, parentRows: ref.parentRows))
                }
            }
            let groups = schemaEntity.uniqueTogether.map { group in group.compactMap { name in fields.firstIndex { $0.name == name } } }
            return Rules(name: entity.name, columns: columns, types: fields.map(\.type), keyed: keyed, groups: groups, byRow: byRow)
        }
    }

    /// Audits `block` of plan entity `entity`; `context` is a row context of that entity
    /// (the worker's own), used to recompute parent row indexes.
    func audit(_ block: RowBlock, entity: Int, context: RowContext) -> BlockAudit {
        let r = rules[entity]
        let n = r.types.count
        var audit = BlockAudit(entity: r.name, rows: block.rowCount,
                               nulls: Array(repeating: 0, count: n), typeFailures: Array(repeating: 0, count: n),
                               keys: Array(repeating: [], count: r.keyed.count), groups: Array(repeating: [], count: r.groups.count),
                               referencesChecked: Array(repeating: 0, count: r.byRow.count),
                               referencesUnresolved: Array(repeating: 0, count: r.byRow.count))
        // One pass per column over the block's own arrays: this runs for every written cell,
        // so no per-cell closure, copy-on-write check or String.
        block.tags.withUnsafeBufferPointer { tags in
        block.starts.withUnsafeBufferPointer { starts in
        block.ends.withUnsafeBufferPointer { ends in
        block.arena.withUnsafeBufferPointer { arena in
            let columns = block.columns
            for k in 0..<n {
                guard let c = r.columns[k] else {
                    audit.nulls[k] = block.rowCount
                    continue
                }
                let type = r.types[k]
                let readsBytes = Self.readsBytes(type)
                var nulls = 0, failures = 0
                var i = c
                for _ in 0..<block.rowCount {
                    let tag = tags[i]
                    if tag == .null {
                        nulls += 1
                    } else if readsBytes {
                        let bytes = UnsafeBufferPointer(rebasing: arena[Int(starts[i])..<Int(ends[i])])
                        if !Self.holds(type, tag: tag, bytes: bytes) { failures += 1 }
                    } else if !Self.holds(type, tag: tag) {
                        failures += 1
                    }
                    i += columns
                }
                audit.nulls[k] = nulls
                audit.typeFailures[k] = failures
            }
            for (slot, k) in r.keyed.enumerated() {
                guard let c = r.columns[k] else { continue }
                var keys: [ValueKey] = []
                keys.reserveCapacity(block.rowCount)
                var i = c
                for _ in 0..<block.rowCount {
                    if let key = ValueKey(tag: tags[i], bytes: UnsafeBufferPointer(rebasing: arena[Int(starts[i])..<Int(ends[i])])) {
                        keys.append(key)
                    }
                    i += columns
                }
                audit.keys[slot] = keys
            }
        }
        }
        }
        }
        for (g, group) in r.groups.enumerated() {
            audit.groups[g].reserveCapacity(block.rowCount)
            for row in 0..<block.rowCount {
                var h = Hasher()
                for k in group {
                    let key = r.columns[k].flatMap { c in block.withCell(row: row, column: c) { ValueKey(tag: block.tag(row: row, column: c), bytes: $0) } }
                    h.combine(key)
                }
                audit.groups[g].append(h.finalize())
            }
        }
        for (slot, ref) in r.byRow.enumerated() {
            let (checked, unresolved) = Self.resolveByRow(block, ref, context: context)
            audit.referencesChecked[slot] = checked
            audit.referencesUnresolved[slot] = unresolved
        }
        return audit
    }

    /// Checks each non-NULL key of `ref`'s column against the parent row its row draws.
    /// Rows a transform inserted (duplicates) have no row index of their own: their key
    /// must be one of the block's resolved keys, which are kept only when the block has
    /// such rows (hashing every key of every shard cost about a tenth of its time).
    private static func resolveByRow(_ block: RowBlock, _ ref: Reference, context: RowContext) -> (checked: Int, unresolved: Int) {
        var checked = 0, unresolved = 0, inserted = 0
        let keepsResolved = block.insertedRows.contains(true)
        var expected = CellBytes()
        var resolved: Set<ValueKey> = []
        var pending: [ValueKey?] = []
        for k in 0..<block.rowCount {
            let tag = block.tag(row: k, column: ref.column)
            if block.isInserted(row: k) {
                inserted += 1
                if tag != .null { pending.append(block.withCell(row: k, column: ref.column) { ValueKey(tag: tag, bytes: $0) }) }
                continue
            }
            guard tag != .null else { continue }
            checked += 1
            expected.removeAll(keepingCapacity: true)
            let parent = context.referencedRow(ref.column, row: block.firstRow + k - inserted, into: &expected)
            let same = block.withCell(row: k, column: ref.column) { $0.elementsEqual(expected.bytes) }
            if parent >= 0, parent < ref.parentRows, same {
                if keepsResolved, let key = block.withCell(row: k, column: ref.column, { ValueKey(tag: tag, bytes: $0) }) { resolved.insert(key) }
            } else {
                unresolved += 1
            }
        }
        for key in pending {
            checked += 1
            if key.map({ !resolved.contains($0) }) ?? true { unresolved += 1 }
        }
        return (checked, unresolved)
    }

    /// True for types whose rule reads the cell's bytes, not only its tag.
    static func readsBytes(_ type: FieldType) -> Bool {
        switch type {
        case .integer, .date, .datetime, .time, .uuid: return true
        case .decimal, .float, .string, .text, .boolean, .json: return false
        }
    }

    /// The rule of a type that needs only the tag (`readsBytes` false).
    @inline(__always) static func holds(_ type: FieldType, tag: CellTag) -> Bool {
        switch type {
        case .decimal, .float: return tag == .number
        case .string, .text: return tag == .string || tag == .date || tag == .datetime || tag == .time || tag == .uuid
        case .boolean: return tag == .bool
        default: return true
        }
    }

    /// The type rules of `DataChecker.hasType`, read from a cell's tag and bytes.
    static func holds(_ type: FieldType, tag: CellTag, bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        let isText = tag == .string || tag == .date || tag == .datetime || tag == .time || tag == .uuid
        switch type {
        case .integer:
            guard tag == .number else { return false }
            if !b.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) { return true }
            guard let d = Double(String(decoding: b, as: UTF8.self)) else { return false }
            return d.rounded() == d
        case .decimal, .float: return tag == .number
        case .string, .text: return isText
        case .boolean: return tag == .bool
        case .date: return isText && isDate(b, from: 0) && b.count == 10
        case .datetime: return isText && b.count >= 19 && isDate(b, from: 0) && (b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "))
        case .time: return isText && b.count >= 5 && b[2] == UInt8(ascii: ":") && isDigit(b[0]) && isDigit(b[1])
        case .uuid: return isText && b.count == 36 && b.reduce(0) { $0 + ($1 == UInt8(ascii: "-") ? 1 : 0) } == 4
        case .json: return true
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// `YYYY-MM-DD` at `from`.
    private static func isDate(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        guard b.count >= i + 10, b[i + 4] == UInt8(ascii: "-"), b[i + 7] == UInt8(ascii: "-") else { return false }
        return isDigit(b[i]) && isDigit(b[i + 1]) && isDigit(b[i + 2]) && isDigit(b[i + 3])
            && isDigit(b[i + 5]) && isDigit(b[i + 6]) && isDigit(b[i + 8]) && isDigit(b[i + 9])
    }
}
