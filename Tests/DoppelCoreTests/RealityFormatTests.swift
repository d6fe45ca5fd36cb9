import Testing
import Foundation
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Every format stays syntactically valid at every level: CSV, JSON and JSONL parse, the SQL loads.
@Suite struct RealityFormatTests {
    let plan: DatasetPlan

    init() throws { plan = try RealityTestSupport.plan(RealityTestSupport.mess) }

    @Test(arguments: [0, 5, 10])
    func csvJSONAndJSONLParseInPython(level: Int) throws {
        var files: [String: [UInt8]] = [:]
        var expected: [String] = []
        let reality = try Reality(level: level, plan: plan)
        for format in [OutputFormat.csv, .json, .jsonl] {
            let run = try RealityTestSupport.run(plan, level: level, format: format)
            for (name, bytes) in run.outputs { files[name] = bytes }
        }
        for e in plan.entities {
            expected.append("\(e.name) \(reality.writtenRows(entity: e.name)) \(e.fields.count)")
        }
        let script = #"""
        import csv, json, sys, os
        d = sys.argv[1]
        for spec in sys.argv[2:]:
            name, rows, cols = spec.split(" ")
            rows, cols = int(rows), int(cols)
            with open(os.path.join(d, name + ".csv"), newline="", encoding="utf-8") as f:
                table = list(csv.reader(f, strict=True))
            assert len(table) == rows + 1, (name, len(table), rows)
            assert all(len(r) == cols for r in table), name
            doc = json.load(open(os.path.join(d, name + ".json"), encoding="utf-8"))
            assert isinstance(doc, list) and len(doc) == rows, (name, len(doc))
            lines = open(os.path.join(d, name + ".jsonl"), encoding="utf-8").read().splitlines()
            assert [json.loads(l) for l in lines] == doc, name
            assert [list(o.keys()) for o in doc] == [table[0]] * rows
        print("ok")
        """#
        let (status, out, err) = try RealityTestSupport.python(script, files: files, arguments: expected)
        #expect(status == 0 && out.hasPrefix("ok"), "level \(level): \(err)")
    }

    @Test(arguments: [0, 5, 7, 10])
    func sqlLoadsIntoSQLite(level: Int) throws {
        let reality = try Reality(level: level, plan: plan)
        let run = try RealityTestSupport.run(plan, level: level, format: .sql(.sqlite))
        let sql = String(decoding: try #require(run.outputs["mess.sql"]), as: UTF8.self)
        let dir = try TestSupport.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var script = "PRAGMA foreign_keys=ON;\n" + sql + "\nPRAGMA foreign_key_check;\n"
        for e in plan.entities { script += "SELECT '\(e.name)', count(*) FROM \"\(e.name)\";\n" }
        // References resolve up to level 8 whatever the DDL declares; orphans appear from 9.
        script += "SELECT 'orphans', count(*) FROM orders o LEFT JOIN (SELECT DISTINCT id FROM customers) c ON c.id = o.customer_id WHERE c.id IS NULL;\n"
        let (status, out, err) = try TestSupport.run("sqlite3", [dir.appendingPathComponent("r.db").path], input: Array(script.utf8))
        #expect(status == 0 && err.isEmpty, "level \(level): \(err)")
        var counts: [String: Int] = [:]
        for line in out.split(separator: "\n") {
            let parts = line.split(separator: "|")
            if parts.count == 2, let n = Int(parts[1]) { counts[String(parts[0])] = n } else { Issue.record("foreign_key_check or other output: \(line)") }
        }
        for e in plan.entities { #expect(counts[e.name] == reality.writtenRows(entity: e.name), "\(e.name) at level \(level)") }
        if level <= 8 { #expect(counts["orphans"] == 0) } else { #expect((counts["orphans"] ?? 0) > 0) }
        if level <= 5 {
            #expect(sql.contains("PRIMARY KEY") && sql.contains("FOREIGN KEY") && !sql.contains("without PRIMARY KEY"))
        } else {
            #expect(!sql.contains("  PRIMARY KEY") && !sql.contains("  FOREIGN KEY"))
            #expect(sql.contains("-- customers is declared without PRIMARY KEY, UNIQUE or FOREIGN KEY constraints: reality level \(level)"))
        }
        if level >= 3 {
            #expect(sql.contains("-- customers.signup_date is declared TEXT instead of DATE: reality level \(level)"))
        }
    }

    @Test func postgresAndMySQLDDLFollowTheSameRules() throws {
        for dialect in [SQLDialect.postgres, .mysql] {
            let run = try RealityTestSupport.run(plan, level: 9, format: .sql(dialect))
            let sql = String(decoding: try #require(run.outputs["mess.sql"]), as: UTF8.self)
            let ddl = sql.components(separatedBy: "INSERT INTO").first ?? ""
            #expect(ddl.contains("declared TEXT instead of") && !ddl.contains("REFERENCES"), "\(dialect)")
            // Text columns are TEXT in the DDL; the placed_at column of orders takes 03/05/2024 2:22 PM.
            #expect(ddl.contains(dialect == .mysql ? "`placed_at` TEXT" : "\"placed_at\" TEXT"), "\(dialect)")
        }
    }

    /// Every value the engine writes is valid UTF-8 whatever the noise (checked on the raw bytes).
    @Test func outputsAreValidUTF8AtLevelTen() throws {
        for format in [OutputFormat.csv, .json, .sql(.mysql)] {
            let run = try RealityTestSupport.run(plan, level: 10, format: format)
            for (name, bytes) in run.outputs { #expect(String(validating: bytes, as: UTF8.self) != nil, "\(name)") }
            for (name, bytes) in run.records { #expect(String(validating: bytes, as: UTF8.self) != nil, "\(name) record") }
        }
    }
}
