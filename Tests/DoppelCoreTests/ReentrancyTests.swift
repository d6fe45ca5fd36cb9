import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Nested evaluation: a cell whose inputs are themselves derived, computed while another cell
/// of the same row is being computed (a grandchild's time after its parent's, which follows its
/// own parent's). These used to share one buffer and trap with an exclusivity violation.
@Suite struct ReentrancyTests {
    static func chain(_ depth: Int, rows: Int) -> String {
        var entities: [String] = []
        for d in 0..<depth {
            var fields = [#"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#]
            if d > 0 { fields.append(#"{"name": "parent_id", "type": "integer", "references": "t\#(d - 1).id"}"#) }
            fields.append(#"{"name": "created_at", "type": "datetime"}"#)
            fields.append(#"{"name": "updated_at", "type": "datetime"}"#)
            entities.append(#"{"name": "t\#(d)", "rows": \#(rows), "fields": [\#(fields.joined(separator: ", "))]}"#)
        }
        return #"{"name": "chain", "seed": 7, "entities": [\#(entities.joined(separator: ", "))]}"#
    }

    @Test(arguments: [3, 4, 6])
    func chainsOfCreationTimesGenerate(depth: Int) throws {
        let plan = try TestSupport.plan(Self.chain(depth, rows: 50))
        let out = try TestSupport.outputs(plan, .jsonl)
        #expect(out.count == depth)
        // Each child's creation follows its parent's, all the way down.
        for d in 1..<depth {
            let parentTimes = Dictionary(uniqueKeysWithValues: zip(TestSupport.column(plan, "t\(d - 1)", "id").map { $0 ?? "" },
                                                                   TestSupport.column(plan, "t\(d - 1)", "created_at")))
            let refs = TestSupport.column(plan, "t\(d)", "parent_id")
            let times = TestSupport.column(plan, "t\(d)", "created_at")
            for (r, t) in zip(refs, times) {
                guard let r, let t, let pt = parentTimes[r], let pt else { continue }
                #expect(t > pt, "t\(d): \(t) not after its parent's \(pt)")
            }
        }
    }

    @Test func derivedInputsOfDerivedCells() throws {
        // total = price × quantity where price is itself derived (cost's partner) and the row's
        // creation follows a parent whose creation follows its own parent.
        let text = #"""
        {"name": "x", "entities": [
          {"name": "accounts", "rows": 5, "fields": [{"name": "id", "primary_key": true}, {"name": "created_at", "type": "datetime"}]},
          {"name": "users", "rows": 20, "fields": [{"name": "id", "primary_key": true}, {"name": "account_id", "references": "accounts.id"},
             {"name": "created_at", "type": "datetime"}]},
          {"name": "tickets", "rows": 100, "fields": [{"name": "id", "primary_key": true}, {"name": "user_id", "references": "users.id"},
             {"name": "created_at", "type": "datetime"}, {"name": "resolved_at", "type": "datetime"},
             {"name": "price", "type": "decimal"}, {"name": "quantity", "type": "integer"}, {"name": "total", "type": "decimal"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        for format in [OutputFormat.csv, .jsonl, .json] {
            let out = try TestSupport.outputs(plan, format, threads: 2, blockRows: 7)
            #expect(out.count == 3)
        }
    }
}
