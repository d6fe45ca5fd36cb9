import Foundation
import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A time gated by its row's status (a pending delivery has no `delivered_at`) is NULL for some rows,
/// so its column is declared nullable even when the schema did not say so — the SQL loads with the
/// declaration the data needs. Found by the prompt corpus: sqlite refused "NOT NULL constraint failed".
@Suite struct StatusGateDeclarationTests {
    static let schema = #"""
    {"name": "d", "seed": 3, "entities": [{"name": "deliveries", "rows": 200, "fields": [
      {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
      {"name": "picked_up_at", "type": "datetime", "kind": "datetime.past"},
      {"name": "delivered_at", "type": "datetime", "kind": "datetime.past"},
      {"name": "status", "kind": "enum", "values": ["label_created", "in_transit", "delivered"]}]}]}
    """#

    @Test func aGatedTimeIsDeclaredNullableAndTheScriptLoads() throws {
        let plan = try TestSupport.plan(Self.schema)
        let column = try #require(plan.entity(named: "deliveries")?.column(named: "delivered_at"))
        let field = try #require(plan.entity(named: "deliveries")?.fields[column])
        #expect(field.isNullable)
        // The row loop adds no NULLs of its own: each NULL is a status without delivery.
        let times = TestSupport.column(plan, "deliveries", "delivered_at")
        let statuses = TestSupport.column(plan, "deliveries", "status")
        for (t, s) in zip(times, statuses) { #expect((t == nil) == (s != "delivered"), "\(s ?? "NULL") with \(t ?? "NULL")") }

        let dir = try TestSupport.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sql = try #require(try TestSupport.outputs(plan, .sql(.sqlite))["d.sql"])
        let script = Array("PRAGMA foreign_keys=ON;\n".utf8) + sql + Array("\nSELECT count(*) FROM deliveries;\n".utf8)
        let (status, out, err) = try TestSupport.run("sqlite3", ["-bail", dir.appendingPathComponent("d.db").path], input: script)
        #expect(status == 0, "\(err)")
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == "200")
    }
}
