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
}
