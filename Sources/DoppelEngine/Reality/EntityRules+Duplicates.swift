/// Duplicate decisions: a pure function of the clean row index, so any block,
/// thread or shard can tell where rows land in the written output.
extension EntityRules {
    /// The duplicate inserted after clean row `t`, if any: the clean row it copies and whether it is exact.
    @inline(__always) func duplicate(after t: Int) -> (source: Int, exact: Bool)? {
        // One mix decides (most rows get no duplicate); the distance comes from the row's own stream.
        let u = Double(Mix.finalize(rowKey &+ UInt64(truncatingIfNeeded: t) &* 0x9E37_79B9_7F4A_7C15) >> 11) * 0x1p-53
        guard u < exactRate + nearRate else { return nil }
        var r = CellRandom(key: rowKey, row: t)
        // Log-uniform distance back: half within about 30 rows, some as far as 999.
        let g = Int(Mathx.exp(r.unit() * Mathx.log(1000))) - 1
        return (max(0, t - max(0, g)), u < exactRate)
    }

    /// Rows inserted after clean rows `range` (for written-row numbering outside a block).
    func duplicates(in range: Range<Int>) -> Int {
        guard hasDuplicates else { return 0 }
        var n = 0
        for t in range where duplicate(after: t) != nil { n += 1 }
        return n
    }

    /// The 0-based index in the entity's whole written output of clean row `row` (duplicates before it counted).
    func writtenIndex(_ row: Int) -> Int {
        guard hasDuplicates, row > 0 else { return row }
        let k = min(row / Self.prefixStep, duplicatePrefix.count - 1)
        guard k >= 0 else { return row + duplicates(in: 0..<row) }
        return row + duplicatePrefix[k] + duplicates(in: (k * Self.prefixStep)..<row)
    }

    /// Fills `duplicatePrefix` for `rows` clean rows (one pass of cheap draws, once per request).
    mutating func computeDuplicatePrefix(rows: Int) {
        guard hasDuplicates else { return }
        var prefix = [0]
        var n = 0
        var t = 0
        while t < rows {
            if duplicate(after: t) != nil { n += 1 }
            t += 1
            if t % Self.prefixStep == 0 { prefix.append(n) }
        }
        duplicatePrefix = prefix
    }
}
