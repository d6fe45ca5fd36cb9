import DoppelText

/// Exact and near duplicates: built from spans of the block's arena, so an
/// exact duplicate costs no byte copies when its row is in the block.
extension BlockEditor {
    /// Mixed into the row key for the choices inside a near-duplicate.
    static let nearSalt: UInt64 = 0x4E45_4152_4455_5021  // "NEARDUP!"

    mutating func addDuplicate(_ d: PlannedDuplicate, block: inout RowBlock, cleanRow t: Int, writtenRow w: Int, copyOf: Int,
                               snapshot: [(Int32, Int32, CellTag)]?, into insertions: inout RowBlock.Insertions) {
        let a = block.firstRow
        let columns = block.columns
        var spans: [(Int32, Int32, CellTag)]
        if d.exact {
            // The row as written, defects and all.
            if d.source >= a {
                spans = (0..<columns).map { block.cellSpan(row: d.source - a, column: $0) }
            } else {
                regenerate(d.source)
                var row = RowBlock(columns: 0)
                swap(&row, &scratch)  // applyCells mutates self: edit the scratch block outside it
                rules.columns.withUnsafeBufferPointer { applyCells(&row, row: 0, cleanRow: d.source, writtenRow: 0, recording: false, $0) }
                swap(&row, &scratch)
                spans = copyScratch(into: &block)
            }
            sidecarSlot?.duplicate(.exactDuplicate, row: w, copy: copyOf)
        } else {
            if let snapshot {
                spans = snapshot
            } else {
                regenerate(d.source)
                spans = copyScratch(into: &block)
            }
            sidecarSlot?.duplicate(.nearDuplicate, row: w, copy: copyOf)
            nearChanges(&spans, block: &block, cleanRow: t, writtenRow: w, copyOf: copyOf)
        }
        insertions.after.append(d.after)
        for (s, e, tag) in spans {
            insertions.starts.append(s)
            insertions.ends.append(e)
            insertions.tags.append(tag)
        }
    }

    /// A fresh key and one or two fields changed, recorded as `near_duplicate` field lines.
    mutating func nearChanges(_ spans: inout [(Int32, Int32, CellTag)], block: inout RowBlock, cleanRow t: Int, writtenRow w: Int,
                              copyOf: Int) {
        var r = CellRandom(key: rules.rowKey ^ Self.nearSalt, row: t)
        var dirty = self.dirty
        var changed: [(column: Int, clean: [UInt8], cleanTag: CellTag, dirty: [UInt8], dirtyTag: CellTag)] = []
        let rules = self.rules
        func cellBytes(_ span: (Int32, Int32, CellTag), _ block: RowBlock) -> [UInt8] {
            block.arena.withUnsafeBufferPointer { Array($0[Int(span.0)..<Int(span.1)]) }
        }
        if let (column, domain) = rules.freshKey, spans[column].2 != .null {
            let old = cellBytes(spans[column], block)
            dirty.removeAll(keepingCapacity: true)
            let tag = old.withUnsafeBufferPointer { domain.appendFresh(clean: $0, ordinal: t, &r, &dirty) }
            changed.append((column, old, spans[column].2, Array(dirty.bytes), tag))
        }
        let candidates = rules.nearCandidates
        let want = 1 + r.below(2)
        var made = 0
        let first = r.below(candidates.count)
        for k in 0..<candidates.count where made < want {
            let slot = (first + k) % candidates.count
            let column = candidates[slot]
            let tag = spans[column].2
            if tag == .null { continue }
            let old = cellBytes(spans[column], block)
            dirty.removeAll(keepingCapacity: true)
            guard let newTag = CellDefects.nearChange(rules.nearClasses[slot], clean: old, tag: tag, locale: rules.locale(row: t),
                                                      &r, &dirty),
                  newTag != tag || !dirty.bytes.elementsEqual(old) else { continue }
            changed.append((column, old, tag, Array(dirty.bytes), newTag))
            made += 1
        }
        changed.sort { $0.column < $1.column }
        for c in changed {
            let (s, e) = block.appendToArena(c.dirty)
            spans[c.column] = (s, e, c.dirtyTag)
            let (a, b) = (fields.starts[c.column], fields.starts[c.column + 1])
            fields.bytes.withUnsafeBufferPointer { names in c.dirty.withUnsafeBufferPointer { dirtyBytes in
                sidecarSlot?.cell(.nearDuplicate, row: w, field: UnsafeBufferPointer(rebasing: names[a..<b]), clean: c.clean,
                             cleanTag: c.cleanTag, dirty: dirtyBytes, dirtyTag: c.dirtyTag, copy: copyOf)
            } }
        }
    }

    /// Generates clean row `row` into the scratch block.
    mutating func regenerate(_ row: Int) {
        let ctx = context ?? RowContext(plan: plan, entity: entity)
        context = ctx
        scratch.reset(firstRow: row, expectedRows: 1)
        ctx.generateRow(row, into: &scratch)
        scratch.trimToRows()
    }

    /// Copies the scratch block's row into the block's arena; the spans of the copies.
    mutating func copyScratch(into block: inout RowBlock) -> [(Int32, Int32, CellTag)] {
        (0..<scratch.columns).map { c in
            let tag = scratch.tag(row: 0, column: c)
            let (s, e) = scratch.withCell(row: 0, column: c) { block.appendToArena($0) }
            return (s, e, tag)
        }
    }
}
