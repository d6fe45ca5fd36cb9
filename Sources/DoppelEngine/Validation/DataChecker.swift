import DoppelJSON
import DoppelText

/// Checks generated rows against their schema: references resolve, unique
/// fields and pairs are unique, values have their column's type, and NULLs
/// appear only where allowed, near the asked rate.
///
/// The engine feeds it rows as it writes them (`observe`), in any entity
/// order, then asks for the `report`. It keeps the distinct keys and
/// referenced values it needs (hashes of their text), so its memory grows
/// with the number of distinct keys, not with the number of columns.
///
/// - Important: expects clean data (reality 0) for the null-rate checks;
///   with injected defects, compare against the ground-truth record instead.
public struct DataChecker: Sendable {
    private let schema: Schema
    private var stats: [String: EntityStats] = [:]
    /// `entity.field` targets of references, whose values children are checked against.
    private let referenced: Set<String>

    public init(schema: Schema) {
        self.schema = schema
        for e in schema.entities { stats[e.name] = EntityStats(fieldCount: e.fields.count) }
        referenced = Set(schema.entities.flatMap { $0.fields.compactMap { $0.references?.description } })
    }

    /// One row of `entity`, values in the schema's field order. Rows of unknown entities are ignored.
    public mutating func observe(entity: String, row: [JSON]) {
        // Taken out of the dictionary while it is updated: a copy left there would make
        // every insert copy the whole key sets (quadratic in the rows observed).
        guard let e = schema.entity(named: entity), var s = stats.removeValue(forKey: entity) else { return }
        s.rows += 1
        for (k, f) in e.fields.enumerated() {
            let v = k < row.count ? row[k] : .null
            guard let key = ValueKey(json: v) else {
                s.nulls[k] += 1
                continue
            }
            if !Self.hasType(v, f.type) { s.typeFailures[k] += 1 }
            s.record(key, field: k, counted: f.primaryKey || f.unique || referenced.contains("\(entity).\(f.name)"),
                     kept: f.references != nil)
        }
        for (g, group) in e.uniqueTogether.enumerated() {
            var h = Hasher()
            for name in group {
                let k = e.fields.firstIndex { $0.name == name }
                h.combine(k.flatMap { $0 < row.count ? ValueKey(json: row[$0]) : nil })
            }
            s.recordGroup(g, h.finalize())
        }
        stats[entity] = s
    }

    /// One written block's figures (`BlockAudit`), made on the worker that wrote it.
    mutating func absorb(_ audit: BlockAudit, keyed: [Int], byRow: [BlockAuditor.Reference]) {
        guard let e = schema.entity(named: audit.entity), var s = stats.removeValue(forKey: audit.entity) else { return }
        s.rows += audit.rows
        for k in 0..<min(e.fields.count, audit.nulls.count) {
            s.nulls[k] += audit.nulls[k]
            s.typeFailures[k] += audit.typeFailures[k]
        }
        for (slot, k) in keyed.enumerated() where k < e.fields.count {
            let f = e.fields[k]
            let counted = f.primaryKey || f.unique || referenced.contains("\(audit.entity).\(f.name)")
            s.record(audit.keys[slot], field: k, counted: counted)
        }
        for (g, keys) in audit.groups.enumerated() {
            for key in keys { s.recordGroup(g, key) }
        }
        for (slot, ref) in byRow.enumerated() {
            s.resolvedByRow[ref.field, default: (0, 0)].checked += audit.referencesChecked[slot]
            s.resolvedByRow[ref.field, default: (0, 0)].unresolved += audit.referencesUnresolved[slot]
        }
        stats[audit.entity] = s
    }

    public mutating func observe(entity: String, rows: [[JSON]]) {
        for r in rows { observe(entity: entity, row: r) }
    }

    /// Runs the checks over everything observed.
    public func report() -> ValidationReport {
        var checks: [ValidationCheck] = []
        for e in schema.entities {
            guard let s = stats[e.name], s.rows > 0 else { continue }
            for (k, f) in e.fields.enumerated() {
                let target = "\(e.name).\(f.name)"
                let present = s.rows - s.nulls[k]
                if let ref = f.references, let byRow = s.resolvedByRow[k] {
                    let bad = byRow.unresolved
                    checks.append(ValidationCheck(family: .references, target: target, passed: bad == 0,
                                                  detail: bad == 0 ? "all \(byRow.checked.grouped) values are keys of the \(ref.entity) rows they were drawn from"
                                                                   : "\(bad.grouped) of \(byRow.checked.grouped) values are not keys of the \(ref.entity) rows they were drawn from"))
                } else if let ref = f.references {
                    let missing = parentValues(ref).map { s.distinct[k]?.countMissing(from: $0) ?? 0 } ?? (s.distinct[k]?.count ?? 0)
                    checks.append(ValidationCheck(family: .references, target: target, passed: missing == 0,
                                                  detail: missing == 0 ? "every value found in \(ref)" : "\(missing.grouped) distinct values missing from \(ref)"))
                }
                if f.primaryKey || f.unique {
                    checks.append(ValidationCheck(family: .unique, target: target, passed: s.duplicates[k] == 0,
                                                  detail: "\(s.duplicates[k].grouped) duplicates in \(present.grouped) values"))
                }
                checks.append(ValidationCheck(family: .types, target: target, passed: s.typeFailures[k] == 0,
                                              detail: s.typeFailures[k] == 0 ? "all \(present.grouped) values are \(f.type.rawValue)" : "\(s.typeFailures[k].grouped) of \(present.grouped) values are not \(f.type.rawValue)"))
                checks.append(nullCheck(target: target, field: f, nulls: s.nulls[k], rows: s.rows))
            }
            for (g, group) in e.uniqueTogether.enumerated() {
                let dups = s.pairDuplicates[g, default: 0]
                checks.append(ValidationCheck(family: .unique, target: "\(e.name).(\(group.joined(separator: ", ")))", passed: dups == 0,
                                              detail: "\(dups.grouped) repeated combinations in \(s.rows.grouped) rows"))
            }
        }
        return ValidationReport(entityTypes: schema.entities.map(\.name).filter { (stats[$0]?.rows ?? 0) > 0 }, checks: checks)
    }

    private func parentValues(_ ref: FieldReference) -> KeyLedger? {
        guard let parent = schema.entity(named: ref.entity), let k = parent.fields.firstIndex(where: { $0.name == ref.field }) else { return nil }
        return stats[ref.entity]?.distinct[k] ?? KeyLedger()
    }

    /// NOT NULL fields have none; nullable ones stay within three standard errors (or two points) of the asked rate.
    private func nullCheck(target: String, field f: Field, nulls: Int, rows: Int) -> ValidationCheck {
        let observed = Double(nulls) / Double(rows)
        guard let p = f.nullable else {
            return ValidationCheck(family: .nulls, target: target, passed: nulls == 0, detail: nulls == 0 ? "no NULLs (NOT NULL)" : "\(nulls.grouped) NULLs in a NOT NULL column")
        }
        let tolerance = Swift.max(0.02, 3 * (p * (1 - p) / Double(rows)).squareRoot())
        let ok = abs(observed - p) <= tolerance
        let pct = { (x: Double) in String(Int((x * 1000).rounded())) .insertingDecimal() }
        return ValidationCheck(family: .nulls, target: target, passed: ok, detail: "NULL rate \(pct(observed))% (asked \(pct(p))%)")
    }

    // MARK: - Values

    static func hasType(_ v: JSON, _ t: FieldType) -> Bool {
        switch (t, v) {
        case (.integer, .int): return true
        case (.integer, let .double(d)): return d.rounded() == d
        case (.decimal, .int), (.decimal, .double), (.float, .int), (.float, .double): return true
        case (.string, .string), (.text, .string): return true
        case (.boolean, .bool): return true
        case (.date, let .string(s)): return isDate(s)
        case (.datetime, let .string(s)): return s.count >= 19 && isDate(String(s.prefix(10))) && (s.dropFirst(10).first == "T" || s.dropFirst(10).first == " ")
        case (.time, let .string(s)): return s.count >= 5 && s.dropFirst(2).first == ":" && s.prefix(2).allSatisfy(\.isNumber)
        case (.uuid, let .string(s)): return s.count == 36 && s.filter({ $0 == "-" }).count == 4
        case (.json, _): return true
        default: return false
        }
    }

    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 48 && b[$0] <= 57 }
    }

}

private struct EntityStats: Sendable {
    var rows = 0
    var nulls: [Int]
    var typeFailures: [Int]
    var duplicates: [Int]
    var distinct: [Int: KeyLedger] = [:]
    var pairs: [Int: Set<Int>] = [:]
    var pairDuplicates: [Int: Int] = [:]
    /// For a shard: reference fields checked row by row (`BlockAuditor`).
    var resolvedByRow: [Int: (checked: Int, unresolved: Int)] = [:]

    init(fieldCount: Int) {
        nulls = Array(repeating: 0, count: fieldCount)
        typeFailures = Array(repeating: 0, count: fieldCount)
        duplicates = Array(repeating: 0, count: fieldCount)
    }

    /// `counted`: duplicates of this field are reported; `kept`: its distinct values are kept (a reference's).
    mutating func record(_ key: ValueKey, field k: Int, counted: Bool, kept: Bool) {
        if counted {
            if !distinct[k, default: KeyLedger()].insert(key) { duplicates[k] += 1 }
        } else if kept {
            distinct[k, default: KeyLedger()].insert(key)
        }
    }

    /// A block's keys of one field, kept; with `counted`, duplicates are reported. The ledger is
    /// taken out of the dictionary for the run (one lookup a block, not one a key).
    mutating func record(_ keys: [ValueKey], field k: Int, counted: Bool) {
        var ledger = distinct.removeValue(forKey: k) ?? KeyLedger()
        var repeated = 0
        for key in keys where !ledger.insert(key) { repeated += 1 }
        if counted { duplicates[k] += repeated }
        distinct[k] = ledger
    }

    mutating func recordGroup(_ g: Int, _ key: Int) {
        if !pairs[g, default: []].insert(key).inserted { pairDuplicates[g, default: 0] += 1 }
    }
}

private extension String {
    /// "125" (tenths of a percent) → "12.5".
    func insertingDecimal() -> String {
        let padded = count < 2 ? String(repeating: "0", count: 2 - count) + self : self
        return String(padded.dropLast()) + "." + String(padded.suffix(1))
    }
}
