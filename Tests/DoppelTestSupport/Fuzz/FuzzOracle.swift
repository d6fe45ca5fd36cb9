import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

/// The properties clean output must have, checked on cells as written: every reference
/// names an existing parent row, and unique fields, composite keys and `unique_together`
/// groups hold. Used in-process and on what a real daemon sends back.
public enum FuzzOracle {
    /// One entity's cells in column order (nil for NULL).
    public struct Table: Sendable {
        public var columns: [String]
        public var rows: [[String?]]

        public init(columns: [String], rows: [[String?]]) {
            self.columns = columns
            self.rows = rows
        }

        /// From row objects (JSON or JSONL output, inline content); members are read by column name.
        public init(columns: [String], objects: [JSON]) {
            self.columns = columns
            rows = objects.map { o in columns.map { FuzzOracle.cell(o[$0] ?? .null) } }
        }
    }

    /// A cell as text: strings as they are, NULL as nil, anything else in its JSON spelling.
    public static func cell(_ value: JSON) -> String? {
        switch value {
        case .null: return nil
        case let .string(s): return s
        default: return value.serialized()
        }
    }

    /// Every broken reference and repeated unique value, naming `entity.field` and the row.
    public static func problems(plan: DatasetPlan, tables: [String: Table]) -> [String] {
        var found: [String] = []
        for e in plan.entities {
            guard let t = tables[e.name] else { found.append("\(e.name): missing from the output"); continue }
            if t.rows.count != e.rows { found.append("\(e.name): \(t.rows.count) rows written, \(e.rows) planned") }
            func column(_ name: String, in table: Table) -> Int? { table.columns.firstIndex(of: name) }
            for f in e.fields {
                guard let c = column(f.name, in: t) else { found.append("\(e.name).\(f.name): no such column in the output"); continue }
                if let ref = f.reference {
                    guard let parent = tables[ref.entity], let pc = column(ref.field, in: parent) else {
                        found.append("\(e.name).\(f.name): parent \(ref) missing from the output"); continue
                    }
                    let keys = Set(parent.rows.compactMap { $0[pc] })
                    if let bad = t.rows.indices.first(where: { r in t.rows[r][c].map { !keys.contains($0) } ?? false }) {
                        found.append("\(e.name).\(f.name): row \(bad) points to \(t.rows[bad][c] ?? "") which \(ref) does not have")
                    }
                }
                if !f.isNullable, let bad = t.rows.indices.first(where: { t.rows[$0][c] == nil }) {
                    found.append("\(e.name).\(f.name): NULL in row \(bad) of a NOT NULL column")
                }
                if f.field.unique || (f.field.primaryKey && e.primaryKey.count == 1) {
                    if let dup = firstRepeat(t.rows.map { $0[c].map { [$0] } }) {
                        found.append("\(e.name).\(f.name): unique, but \(dup) repeats")
                    }
                }
            }
            var groups = e.uniqueTogether
            if e.primaryKey.count > 1 { groups.append(e.primaryKey) }
            for g in groups {
                let names = g.map { e.fields[$0].name }
                let cs = names.compactMap { column($0, in: t) }
                guard cs.count == g.count else { continue }
                // A group with a NULL member is not compared (SQL's rule).
                let combos = t.rows.map { row -> [String]? in
                    let cells = cs.map { row[$0] }
                    return cells.contains { $0 == nil } ? nil : cells.compactMap { $0 }
                }
                if let dup = firstRepeat(combos) {
                    found.append("\(e.name).(\(names.joined(separator: ", "))): unique together, but \(dup) repeats")
                }
            }
        }
        return found
    }

    static func firstRepeat(_ values: [[String]?]) -> [String]? {
        var seen = Set<[String]>()
        for v in values { if let v, !seen.insert(v).inserted { return v } }
        return nil
    }

    /// The kind of a refusal, without its names and numbers, for tallies
    /// (`N rows need N distinct values, but kind K has only N`).
    public static func category(_ message: String) -> String {
        var out = ""
        var inQuote = false
        var lastWasNumber = false
        for ch in message {
            if ch == "\"" { inQuote.toggle(); if inQuote { out += "\"…\"" }; continue }
            if inQuote { continue }
            if ch.isNumber || (lastWasNumber && (ch == "," || ch == ".")) {
                if !lastWasNumber { out += "N" }
                lastWasNumber = true
                continue
            }
            lastWasNumber = false
            out.append(ch)
        }
        // Names vary by draw: a kind (`travel.airport_code`) → K, `entity.field` → E.F, an entity → E.
        let entityNames = Set(SchemaDrawer.entityNames + SchemaDrawer.oddNames)
        let words = out.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            let core = w.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()"))
            if core.isEmpty { return String(w) }
            if KindCatalogue.entry(core) != nil { return w.replacingOccurrences(of: core, with: "K") }
            if core.contains(".") || core.contains("_N") { return w.replacingOccurrences(of: core, with: "E.F") }
            if entityNames.contains(core) { return w.replacingOccurrences(of: core, with: "E") }
            return String(w)
        }
        return words.joined(separator: " ")
    }
}

import Foundation
