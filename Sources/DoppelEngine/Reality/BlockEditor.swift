/// A duplicate planned for a block: inserted after clean row `after` (block-local), copying clean row `source`.
struct PlannedDuplicate {
    let after: Int
    let source: Int
    let exact: Bool
}

/// The per-block work: cell defects row by row, duplicates after their rows, the sidecar.
struct BlockEditor {
    let plan: DatasetPlan
    let entity: EntityPlan
    let rules: EntityRules
    let fields: DefectSidecar.FieldMembers
    /// The block's records; an optional so the per-cell loop can move it out of `self` without copying.
    var sidecarSlot: DefectSidecar?
    var clean: [UInt8] = []
    /// The changed cell (its bytes are written through kinds' code, into a sink of their own).
    let dirty = CellBytes(capacity: 64)
    /// Regenerates rows before the block that a duplicate copies (created on first need).
    var context: RowContext?
    var scratch: RowBlock

    init(plan: DatasetPlan, entity: EntityPlan, rules: EntityRules, fields: DefectSidecar.FieldMembers, details: Bool) {
        self.plan = plan
        self.entity = entity
        self.rules = rules
        self.fields = fields
        sidecarSlot = DefectSidecar(details: details, entity: entity.name)
        scratch = RowBlock(columns: entity.fields.count)
        clean.reserveCapacity(64)
    }

    mutating func run(_ block: inout RowBlock) {
        let a = block.firstRow, n = block.rowCount
        var plannedDuplicates: [PlannedDuplicate] = []
        if rules.hasDuplicates {
            for i in 0..<n {
                if let d = rules.duplicate(after: a + i) { plannedDuplicates.append(PlannedDuplicate(after: i, source: d.source, exact: d.exact)) }
            }
        }
        // Near-duplicates copy clean rows: keep the clean cells of those in this block before they get dirty
        // (edits append to the arena, so the old spans stay valid).
        var snapshots: [Int: [(Int32, Int32, CellTag)]] = [:]
        for d in plannedDuplicates where !d.exact && d.source >= a && snapshots[d.source] == nil {
            snapshots[d.source] = (0..<block.columns).map { block.cellSpan(row: d.source - a, column: $0) }
        }
        var insertions = RowBlock.Insertions()
        var written = [Int](repeating: 0, count: n)  // where each clean row of the block is written
        var inserted = 0
        var next = 0
        let columns = rules.columns
        // Rows are numbered in the entity's whole written output (for a shard too).
        let base = rules.writtenIndex(a)
        for i in 0..<n {
            written[i] = base + i + inserted
            columns.withUnsafeBufferPointer { applyCells(&block, row: i, cleanRow: a + i, writtenRow: written[i], recording: true, $0) }
            while next < plannedDuplicates.count && plannedDuplicates[next].after == i {
                let d = plannedDuplicates[next]
                let copyOf = d.source >= a ? written[d.source - a] : rules.writtenIndex(d.source)
                addDuplicate(d, block: &block, cleanRow: a + i, writtenRow: written[i] + 1, copyOf: copyOf,
                             snapshot: snapshots[d.source], into: &insertions)
                inserted += 1
                next += 1
            }
        }
        block.insert(insertions)
    }

    /// Draws each defect-prone cell of one row once and applies the kind it lands on.
    /// - Parameter columns: `rules.columns`, passed in so the per-cell loop reads them without reference counting.
    mutating func applyCells(_ block: inout RowBlock, row i: Int, cleanRow t: Int, writtenRow w: Int, recording: Bool,
                             _ columns: UnsafeBufferPointer<ColumnRules>) {
        // The buffers move into locals for the loop: handing parts of `self` to calls that also mutate
        // `self` would make the compiler retain them cell by cell.
        var clean: [UInt8] = [], dirty = self.dirty, records: DefectSidecar? = nil
        swap(&clean, &self.clean)
        swap(&records, &sidecarSlot)
        defer {
            swap(&clean, &self.clean)
            swap(&records, &sidecarSlot)
        }
        let fieldBytes = fields.bytes, fieldStarts = fields.starts
        for c in columns {
            let tag = block.tag(row: i, column: c.column)
            if tag == .null { continue }
            // One mix decides whether the cell is touched (most are not); the choices of a touched
            // cell come from its own stream.
            let u = Double(Mix.finalize(c.key &+ UInt64(truncatingIfNeeded: t) &* 0x9E37_79B9_7F4A_7C15) >> 11) * 0x1p-53
            if u >= c.total { continue }
            let kind = rules.kind(c, draw: u)
            var r = CellRandom(key: c.key, row: t)
            clean.removeAll(keepingCapacity: true)
            block.withCell(row: i, column: c.column) { clean.append(contentsOf: $0) }
            dirty.removeAll(keepingCapacity: true)
            // Only phone and number formats look at the row's country.
            let locale = kind == .phoneFormat || kind == .numberFormat ? rules.locale(row: t) : nil
            guard let newTag = CellDefects.apply(kind, c, clean: clean, tag: tag, locale: locale, &r, &dirty) else { continue }
            if newTag == .null {
                block.setNull(row: i, column: c.column)
            } else {
                if newTag == tag && dirty.bytes.elementsEqual(clean) { continue }
                block.setCell(row: i, column: c.column, buffer: dirty.bytes, tag: newTag)
            }
            if recording {
                fieldBytes.withUnsafeBufferPointer { names in
                    let name = UnsafeBufferPointer(rebasing: names[fieldStarts[c.column]..<fieldStarts[c.column + 1]])
                    records?.cell(kind, row: w, field: name, clean: clean, cleanTag: tag, dirty: dirty.bytes, dirtyTag: newTag)
                }
            }
        }
    }
}
