import DoppelJSON
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// Two references of a row to one table name two of its rows: a team does not
/// play itself, nobody approves their own leave; audit columns may agree.
@Suite struct DistinctReferenceTests {
    static let shapes: [(parent: String, child: String, first: String, second: String)] = [
        ("teams", "matches", "home_team_id", "away_team_id"), ("accounts", "transfers", "from_account_id", "to_account_id"),
        ("employees", "leave_requests", "employee_id", "approver_id"), ("users", "messages", "sender_id", "recipient_id"),
        ("members", "friendships", "member_a_id", "member_b_id"),
    ]

    static func schema(_ s: (parent: String, child: String, first: String, second: String), parents: Int, fanout: String,
                       seed: Int) -> String {
        """
        {"seed": \(seed), "entities": [
          {"name": "\(s.parent)", "rows": \(parents), "fields": [{"name": "id", "primary_key": true}, {"name": "name"}]},
          {"name": "\(s.child)", "rows": 3000, "fields": [{"name": "id", "primary_key": true},
            {"name": "\(s.first)", "references": "\(s.parent).id", "fanout": "\(fanout)"},
            {"name": "\(s.second)", "references": "\(s.parent).id", "fanout": "\(fanout)"},
            {"name": "created_by", "references": "\(s.parent).id"}, {"name": "updated_by", "references": "\(s.parent).id"}]}]}
        """
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func theSecondReferenceNeverNamesTheFirstsRow(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for shape in Self.shapes {
            let parents = rng.pick([2, 3, 7, 40, 500])
            let fanout = rng.pick(["uniform", "zipf"])
            let plan = try TestSupport.plan(Self.schema(shape, parents: parents, fanout: fanout, seed: rng.int(1...99_999)))
            let rows = TestSupport.table(plan, shape.child)
            #expect(rows.allSatisfy { $0[1] != $0[2] }, "\(shape.child) with \(parents) \(shape.parent), \(fanout)")
            // Both columns still reach every parent of a small table.
            if parents <= 7 {
                #expect(Set(rows.map { $0[1] }).count == parents && Set(rows.map { $0[2] }).count == parents)
            }
            // Audit columns are left alone: with few parents they often agree.
            if parents <= 3 { #expect(rows.contains { $0[3] == $0[4] }) }
        }
    }

    /// A parent table of one row cannot give two: the reference keeps it rather than fail.
    @Test func oneParentRowIsNamedByBoth() throws {
        let plan = try TestSupport.plan(Self.schema(Self.shapes[0], parents: 1, fanout: "uniform", seed: 5))
        #expect(TestSupport.table(plan, "matches").allSatisfy { $0[1] == "1" && $0[2] == "1" })
    }
}
