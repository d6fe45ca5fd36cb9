import DoppelJSON

/// The human-readable form of a `schema.plan` result: each table with its
/// rows and columns (type, kind, key and reference marks), then the
/// references, the warnings and whether the plan came from the cache.
enum PlanReport {
    static func render(_ result: JSON) -> String {
        let schema = result["schema"] ?? .null
        let entities = schema["entities"]?.arrayValue ?? []
        var lines: [String] = []
        var header = "schema \(schema["name"]?.stringValue ?? "-"): \(count(entities.count, "table"))"
        if let seed = schema["seed"]?.int64Value { header += ", seed \(seed)" }
        if let locale = schema["locale"]?.stringValue { header += ", locale \(locale)" }
        lines.append(header)
        var references: [String] = []
        for entity in entities {
            let name = entity["name"]?.stringValue ?? "-"
            lines.append("")
            lines.append("\(name) (\(entity["rows"]?.int64Value.map { count(Int($0), "row") } ?? "rows not set"))")
            let fields = entity["fields"]?.arrayValue ?? []
            var rows: [[String]] = []
            for field in fields {
                let fieldName = field["name"]?.stringValue ?? "-"
                rows.append([fieldName, field["type"]?.stringValue ?? "-", field["kind"]?.stringValue ?? "-", notes(field)])
                if let target = field["references"]?.stringValue { references.append("\(name).\(fieldName) → \(target)") }
            }
            lines += table(rows).map { "  " + $0 }
        }
        if !references.isEmpty {
            lines.append("")
            lines.append("references:")
            lines += references.map { "  " + $0 }
        }
        let warnings = result["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        lines.append("")
        if warnings.isEmpty {
            lines.append("warnings: none")
        } else {
            lines.append("warnings:")
            lines += warnings.map { "  - " + $0 }
        }
        var footer = "cached: \(result["cached"]?.boolValue == true ? "yes" : "no")"
        if let planner = result["planner"]?.stringValue { footer += ", planner: \(planner)" }
        lines.append(footer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Marks after a column's kind: key, unique, nullable, reference, enum values.
    static func notes(_ field: JSON) -> String {
        var notes: [String] = []
        if field["primary_key"] == true { notes.append("primary key") }
        if field["unique"] == true { notes.append("unique") }
        if let nullable = field["nullable"], nullable != false {
            notes.append(nullable == true ? "nullable" : "nullable \(nullable.serialized())")
        }
        if let target = field["references"]?.stringValue { notes.append("→ \(target)") }
        if let values = field["values"]?.arrayValue {
            let shown = values.prefix(6).map { $0.stringValue ?? $0.serialized() }
            notes.append("values: " + shown.joined(separator: ", ") + (values.count > 6 ? ", …" : ""))
        }
        return notes.joined(separator: "; ")
    }

    /// Rows padded into columns; the last column is not padded.
    static func table(_ rows: [[String]]) -> [String] {
        guard let width = rows.first?.count else { return [] }
        let widths = (0..<width).map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == width - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
