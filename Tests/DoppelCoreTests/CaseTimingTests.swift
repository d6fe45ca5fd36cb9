import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A case is answered before it is resolved, and a first answer does not close it: open tickets stay
/// open. Drawn names, statuses and row counts; a failure prints its seed.
@Suite struct CaseTimingTests {
    @Test func aCaseIsAnsweredBeforeItIsResolved() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let answered = rng.pick(["first_response_at", "acknowledged_at", "assigned_at", "responded_at"])
            let resolved = rng.pick(["resolved_at", "closed_at"])
            let statuses = rng.pick([["open", "in_progress", "resolved", "closed"], ["new", "open", "pending", "solved"]])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["tickets", "incidents", "cases"]))", "rows": \(rng.int(80...600)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
              {"name": "\(answered)", "type": "datetime", "kind": "datetime.past"},
              {"name": "\(resolved)", "type": "datetime", "kind": "datetime.past"}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            var seen: Set<String> = []
            for row in TestSupport.table(plan, plan.entities[0].name) {
                let status = row[1] ?? ""
                seen.insert(status)
                let done = ["resolved", "closed", "solved"].contains(status)
                if (row[4] != nil) != done { wrong.append("\(status) with \(resolved) \(row[4] ?? "NULL")") }
                if let a = row[3].flatMap(CivilTime.parse), let z = row[4].flatMap(CivilTime.parse), z < a { wrong.append("\(resolved) before \(answered)") }
                if let c = row[2].flatMap(CivilTime.parse), let a = row[3].flatMap(CivilTime.parse), a < c { wrong.append("\(answered) before created_at") }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.prefix(3))\n\(json)")
            #expect(seen == Set(statuses), "seed \(seed): statuses drawn \(seen.sorted())")
        }
    }

    /// A request whose statuses end in `completed` (no `closed` or `resolved` among them) is closed once
    /// completed: its `closed_at` is NULL while open, scheduled or in progress, set after it was opened
    /// when completed, and the statuses keep their weights (the dates do not decide them).
    @Test func aRequestIsClosedOnceCompleted() throws {
        for seed in UInt64(1)...10 {
            var rng = FuzzRandom(seed: seed)
            let opened = rng.pick(["opened_at", "created_at", "submitted_at", "reported_at"])
            let closed = rng.pick(["closed_at", "resolved_at", "closed_on"])
            let type = closed == "closed_on" ? "date" : "datetime"
            let statuses = rng.pick([["open", "scheduled", "in_progress", "completed"], ["new", "assigned", "completed"],
                                     ["pending", "in_progress", "complete", "cancelled"]])
            let json = """
            {"name": "s", "seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "\(rng.pick(["maintenance_requests", "work_orders", "repair_jobs", "service_requests"]))", "rows": \(rng.int(200...800)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "\(opened)", "type": "\(type)", "kind": "\(type).past"},
              {"name": "\(closed)", "type": "\(type)", "kind": "\(type).past"}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            var counts: [String: Int] = [:]
            let rows = TestSupport.table(plan, plan.entities[0].name)
            for row in rows {
                let status = row[1] ?? ""
                counts[status, default: 0] += 1
                let done = status.hasPrefix("complete")
                if (row[3] != nil) != done { wrong.append("\(status) with \(closed) \(row[3] ?? "NULL")") }
                if let a = row[2], let z = row[3], z < a { wrong.append("\(closed) \(z) before \(opened) \(a)") }
            }
            #expect(wrong.isEmpty, "seed \(seed): \(wrong.prefix(3))\n\(json)")
            // no status swallows the others, as when the two dates decided it (97 % completed)
            #expect(counts.values.allSatisfy { $0 * 2 < rows.count } && counts.count == statuses.count, "seed \(seed): \(counts)")
        }
    }
}
