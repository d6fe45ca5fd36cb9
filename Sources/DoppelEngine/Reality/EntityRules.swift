/// Which defects one column can take at a level, as cumulative probabilities
/// for one draw per cell. A plain value (its kinds live in `EntityRules`), so
/// the per-cell loop copies it without reference counting.
struct ColumnRules: Sendable {
    let column: Int
    /// The column's defect stream: a cell's choices are a pure function of (seed, entity, field, row).
    let key: UInt64
    let fieldClass: FieldClass
    /// This column's kinds are `EntityRules.kinds[firstKind ..< firstKind + kindCount]`.
    let firstKind: Int
    let kindCount: Int
    /// The probability that a cell gets any defect.
    let total: Double
    let isMoney: Bool
    /// For a reference column: how to make a key its parent lacks (orphans).
    let absent: KeyDomain?
}

/// Everything the transform needs about one entity at one level.
struct EntityRules: Sendable {
    let entity: Int
    /// Columns with at least one defect kind, in column order.
    let columns: [ColumnRules]
    /// Every column's kinds, and their cumulative probabilities (a draw `u` picks the first kind with
    /// `u < threshold`), one run per column.
    let kinds: [DefectKind]
    let thresholds: [Double]
    /// Duplicate decisions: one draw per clean row.
    let rowKey: UInt64
    let exactRate: Double
    let nearRate: Double
    /// Columns a near-duplicate may change (not keys, references or opaque values).
    let nearCandidates: [Int]
    let nearClasses: [FieldClass]
    /// The key a near-duplicate replaces with a fresh one, when the entity has a single one.
    let freshKey: (column: Int, domain: KeyDomain)?
    let locales: [LocaleData]
    let localeKey: UInt64
    /// Duplicates inserted after clean rows `0 ..< k·prefixStep`, for each k: where any clean row
    /// lands in the written output, in at most `prefixStep` draws.
    var duplicatePrefix: [Int] = []
    static let prefixStep = 4096

    var hasDuplicates: Bool { exactRate + nearRate > 0 }

    /// The kinds a column can take.
    func kinds(of c: ColumnRules) -> ArraySlice<DefectKind> { kinds[c.firstKind..<(c.firstKind + c.kindCount)] }

    /// The kind a draw `u < c.total` lands on.
    @inline(__always) func kind(_ c: ColumnRules, draw u: Double) -> DefectKind {
        var k = c.firstKind
        let last = c.firstKind + c.kindCount - 1
        while k < last && u >= thresholds[k] { k += 1 }
        return kinds[k]
    }

    /// The locale of clean row `row` (phone prefixes and currency signs follow it).
    func locale(row: Int) -> LocaleData {
        if locales.count == 1 { return locales[0] }
        var r = CellRandom(key: localeKey, row: row)
        return locales[r.below(locales.count)]
    }
}
