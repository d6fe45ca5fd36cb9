import DoppelText

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
