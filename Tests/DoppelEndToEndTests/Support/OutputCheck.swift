import DoppelJSON
import Foundation

/// Reads the files a `generate` request wrote and says what is wrong with
/// them, with parsers written for the tests (`CSVReader`, `JSONParser` over
/// each file) and SQLite for the SQL: it parses, each table's columns are
/// consistent, and — when `checkReferences` — every reference value is among
/// its parent's keys.
struct OutputCheck {
    /// A reference to check: `child.column` → `parent.column`.
    struct Reference {
        let child: String, column: String, parent: String, parentColumn: String
    }

    let format: String
    let dialect: String?
    /// Dataset name → the file the reply names for it.
    let paths: [String: String]
    /// Dataset name → the columns the reply lists for it.
    let columns: [String: [String]]
    let references: [Reference]
    let checkReferences: Bool
    /// A directory for the SQLite database.
    let scratch: String

    /// Every problem found (empty when the output is valid), and how many references were checked with values.
    func run() -> (problems: [String], referencesChecked: Int) {
        switch format {
        case "sql":
            if dialect != "sqlite" { return (sqlShapeProblems(), 0) }
            return (sqliteProblems(), checkReferences ? references.count : 0)
        default:
            var tables: [String: [String: [String?]]] = [:]  // dataset → column → values (nil for null)
            var out: [String] = []
            for (name, path) in paths.sorted(by: { $0.key < $1.key }) {
                do { tables[name] = try read(path, dataset: name) } catch { out.append("\(name) (\(format)): \(error)") }
            }
            guard checkReferences, out.isEmpty else { return (out, 0) }
            let (problems, checked) = referenceProblems(tables)
            return (problems, checked)
        }
    }

    /// Column → values of one file; throws on anything that does not parse or does not line up.
    func read(_ path: String, dataset: String) throws -> [String: [String?]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = columns[dataset] ?? []
        var table: [String: [String?]] = [:]
        func add(_ object: JSON, line: Int) throws {
            guard let o = object.objectValue else { throw TestFailure("record \(line) is not an object") }
            for (k, v) in o { table[k, default: []].append(Self.text(v)) }
        }
        switch format {
        case "csv":
            let records = try CSVReader.records(text)
            guard let header = records.first else { throw TestFailure("no header") }
            if !expected.isEmpty, header != expected { throw TestFailure("header \(header) is not the reply's columns \(expected)") }
            for (i, r) in records.enumerated().dropFirst() {
                guard r.count == header.count else { throw TestFailure("record \(i) has \(r.count) fields, the header \(header.count)") }
                for (k, v) in zip(header, r) { table[k, default: []].append(v.isEmpty ? nil : v) }
            }
        case "jsonl":
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                try add(JSONParser.parse(String(line)), line: i + 1)
            }
        default:
            let doc = try JSONParser.parse(text)
            guard let rows = doc.arrayValue ?? doc[dataset]?.arrayValue else { throw TestFailure("not an array of records") }
            for (i, r) in rows.enumerated() { try add(r, line: i + 1) }
        }
        return table
    }

    /// A JSON value as the text a key comparison needs (numbers as written), nil for null.
    static func text(_ v: JSON) -> String? {
        if v.isNull { return nil }
        if let s = v.stringValue { return s.isEmpty ? nil : s }
        return v.serialized()
    }

    func referenceProblems(_ tables: [String: [String: [String?]]]) -> ([String], Int) {
        var out: [String] = []
        var checked = 0
        for r in references {
            guard let child = tables[r.child]?[r.column] else {
                out.append("\(r.child).\(r.column): the planned reference column is not in the output")
                continue
            }
            if child.contains(where: { $0 != nil }) { checked += 1 }
            let keys = Set((tables[r.parent]?[r.parentColumn] ?? []).compactMap { $0 })
            let dangling = child.compactMap { $0 }.filter { !keys.contains($0) }
            if let first = dangling.first {
                out.append("\(r.child).\(r.column) → \(r.parent).\(r.parentColumn): \(dangling.count) values missing from the parent, e.g. \(first)")
            }
        }
        return (out, checked)
    }

    /// Loads the script into SQLite; at reality 0 `foreign_key_check` must be empty.
    func sqliteProblems() -> [String] {
        guard let script = Set(paths.values).first else { return ["no SQL file named in the reply"] }
        let check = checkReferences ? "PRAGMA foreign_key_check;" : ""
        do {
            let (status, text) = try GenerateFixtures.sqlite(script: script, then: check, in: scratch)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if status != 0 || !trimmed.isEmpty { return ["sqlite3 (status \(status)): \(trimmed.prefix(400))"] }
        } catch {
            return ["sqlite3 did not run: \(error)"]
        }
        return []
    }

    /// Without a PostgreSQL or MySQL server here: one CREATE TABLE per dataset, statements closed.
    func sqlShapeProblems() -> [String] {
        guard let script = Set(paths.values).first, let text = try? String(contentsOfFile: script, encoding: .utf8) else {
            return ["no readable SQL file"]
        }
        var out: [String] = []
        let creates = text.components(separatedBy: "CREATE TABLE").count - 1
        if creates != paths.count { out.append("\(creates) CREATE TABLE statements for \(paths.count) datasets") }
        if !text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(";") { out.append("the script does not end with a closed statement") }
        return out
    }
}
