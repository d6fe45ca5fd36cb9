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

/// Builds the rules of every entity for a level.
enum RealityRules {
    /// Mixed into the seed so defect streams never coincide with generation streams.
    static let salt: UInt64 = 0x5245_414C_4954_5921  // "REALITY!"

    static func build(plan: DatasetPlan, level: Int) -> [EntityRules] {
        let seed = plan.seed ^ salt
        // Columns other entities point at: their values must stay intact or references break.
        var targets = Set<String>()
        for e in plan.entities { for f in e.fields { if let r = f.reference { targets.insert(r.description) } } }
        var domains: [String: KeyDomain?] = [:]
        func domain(_ ref: FieldReference) -> KeyDomain? {
            if let d = domains[ref.description] { return d }
            guard let pe = plan.entity(named: ref.entity), let pc = pe.column(named: ref.field) else { return nil }
            let d = KeyDomain.of(pe.fields[pc], entity: pe, plan: plan)
            domains[ref.description] = d
            return d
        }
        return plan.entities.map { e in
            var columns: [ColumnRules] = []
            var allKinds: [DefectKind] = [], allThresholds: [Double] = []
            var nearCandidates: [Int] = [], nearClasses: [FieldClass] = []
            let groupColumns = Set(e.uniqueTogether.flatMap { $0 })
            for f in e.fields {
                let key = Mix.key(seed: seed, entity: e.name, stream: "@reality/" + f.name)
                let cls = FieldClass.of(f)
                let isKey = e.primaryKey.contains(f.column) || groupColumns.contains(f.column)
                    || targets.contains("\(e.name).\(f.name)") || FieldClass.identifierKinds.contains(f.kind)
                var kinds: [DefectKind] = []
                var absent: KeyDomain?
                if let ref = f.reference {
                    if f.isNullable { kinds.append(.null) }
                    if RealityTable.rate(.orphanReference, level: level) > 0, let d = domain(ref) {
                        kinds.append(.orphanReference)
                        absent = d
                    }
                } else if !isKey {
                    let required = level >= RealityTable.firstRequiredNullLevel
                    let uniqueStaysUnique = f.isUnique && level < RealityTable.firstDuplicateLevel
                    for k in cls.kinds {
                        switch k {
                        case .null: if f.isNullable || required { kinds.append(k) }
                        case .emptyString: if !uniqueStaysUnique && (f.isNullable || required) { kinds.append(k) }
                        default: if !uniqueStaysUnique { kinds.append(k) }
                        }
                    }
                    if cls != .opaque {
                        nearCandidates.append(f.column)
                        nearClasses.append(cls)
                    }
                }
                let first = allKinds.count
                var sum = 0.0
                for k in kinds {
                    let p = RealityTable.probability(k, level: level)
                    guard p > 0 else { continue }
                    sum += p
                    allKinds.append(k)
                    allThresholds.append(sum)
                }
                if allKinds.count > first {
                    columns.append(ColumnRules(column: f.column, key: key, fieldClass: cls, firstKind: first,
                                               kindCount: allKinds.count - first, total: sum,
                                               isMoney: FieldClass.moneyKinds.contains(f.kind), absent: absent))
                }
            }
            var fresh: (Int, KeyDomain)?
            let keyColumn: Int? = e.primaryKey.count == 1 ? e.primaryKey[0]
                : e.primaryKey.isEmpty ? e.fields.first { FieldClass.identifierKinds.contains($0.kind) && $0.reference == nil }?.column : nil
            if RealityTable.rate(.nearDuplicate, level: level) > 0, let c = keyColumn, e.fields[c].reference == nil, let d = KeyDomain.of(e.fields[c], entity: e, plan: plan) { fresh = (c, d) }
            let exact = RealityTable.probability(.exactDuplicate, level: level)
            // A near-duplicate must differ from the row it copies in something besides its key.
            let near = nearCandidates.isEmpty ? 0 : RealityTable.probability(.nearDuplicate, level: level)
            var rules = EntityRules(entity: e.index, columns: columns, kinds: allKinds, thresholds: allThresholds,
                                    rowKey: Mix.key(seed: seed, entity: e.name, stream: "@reality.rows"),
                                    exactRate: e.rows > 0 ? exact : 0, nearRate: e.rows > 0 ? near : 0,
                                    nearCandidates: nearCandidates, nearClasses: nearClasses, freshKey: fresh,
                                    locales: e.locales, localeKey: e.localeKey)
            rules.computeDuplicatePrefix(rows: e.rows)
            return rules
        }
    }
}
