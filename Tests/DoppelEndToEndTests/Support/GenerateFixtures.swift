import DoppelJSON
import Foundation

/// Schemas and helpers shared by the `generate` end-to-end tests.
enum GenerateFixtures {
    static let shop: JSON = (try? JSONParser.parse("""
        {"name": "shop", "seed": 42, "entities": [
          {"name": "customers", "rows": 30, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "type": "string", "kind": "person.full_name"},
            {"name": "email", "type": "string", "kind": "internet.email", "unique": true},
            {"name": "signup_date", "type": "date", "kind": "date.past", "nullable": 0.1}]},
          {"name": "orders", "rows": 80, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "customer_id", "type": "integer", "references": "customers.id", "fanout": "zipf"},
            {"name": "status", "type": "string", "kind": "enum", "values": ["pending", "shipped"], "weights": [0.4, 0.6]},
            {"name": "total", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 2000}]}]}
        """)) ?? .null

    static let people: JSON = (try? JSONParser.parse("""
        {"name": "people", "seed": 7, "entities": [{"name": "people", "rows": 20, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "name", "type": "string", "kind": "person.full_name"},
          {"name": "note", "type": "text", "kind": "text.sentence"}]}]}
        """)) ?? .null

    /// Files in `dir`, sorted.
    static func files(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    static func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// Runs `sqlite3` on a fresh database: `.read script`, then `sql`; returns (status, stdout + stderr).
    static func sqlite(script: String, then sql: String, in dir: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-bail", dir + "/check-\(UInt32.random(in: 0...UInt32.max)).db"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("PRAGMA foreign_keys=ON;\n.read \(script)\n\(sql)\n".utf8))
        input.fileHandleForWriting.closeFile()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
