import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// Values held by some statuses: no approver on a pending or rejected
/// request, no resolver on an open ticket. Drawn column spellings, status sets, reference or name, seeds.
@Suite struct StatusHeldValueTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func anActorExistsOnlyOnceTheActHappened(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (column, statuses, acted) = rng.pick([
            ("approved_by", ["pending", "approved", "rejected", "cancelled"], ["approved"]),
            ("approver_id", ["submitted", "approved", "paid", "rejected"], ["approved", "paid"]),
            ("resolved_by", ["open", "in_progress", "resolved", "closed"], ["resolved", "closed"]),
            ("reviewed_by_id", ["draft", "submitted", "approved", "rejected"], ["approved", "rejected"]),
            ("reviewer_id", ["pending", "accepted", "declined"], ["accepted", "declined"]),
        ])
        let asReference = rng.chance(0.6)
        let actor = asReference ? #"{"name": "\#(column)", "references": "staff.id"}"#
            : #"{"name": "\#(column)", "type": "string", "kind": "person.full_name"}"#
        let rows = rng.int(300...2000)
        let text = """
        {"seed": \(seed), "entities": [
          {"name": "staff", "rows": 20, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "person.full_name"}]},
          {"name": "requests", "rows": \(rows), "fields": [
            {"name": "id", "primary_key": true}, \(actor),
            {"name": "status", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(text)
        var present = 0
        for r in TestSupport.table(plan, "requests") {
            let status = try #require(r[2])
            #expect((r[1] != nil) == acted.contains(status), "\(column) \(r[1] ?? "NULL") on a \(status) request")
            if r[1] != nil { present += 1 }
        }
        #expect(present > 0)
        // The declared NULL rate is the one validation checks.
        let declared = try #require(plan.schema.entity(named: "requests")?.field(named: column)?.nullable)
        let expected = 1 - Double(acted.count) / Double(statuses.count)
        #expect(abs(declared - expected) < 1e-9)
        #expect(abs(Double(rows - present) / Double(rows) - expected) < 0.08)
    }

    @Test func namesThatAreNotActorsAreLeftAlone() {
        for name in ["approved", "approved_at", "by_region", "reviews", "owner_id", "approval_rate"] {
            #expect(SchemaResolver.act(ofActorColumn: name) == nil, "\(name)")
        }
        #expect(SchemaResolver.act(ofActorColumn: "approved_by") == "approved")
        #expect(SchemaResolver.act(ofActorColumn: "closed_by_id") == "closed")
        #expect(SchemaResolver.act(ofActorColumn: "approver_id") == "approved")
    }

    /// A value or date named for what a status names exists in those statuses only: a house's `sold_price`
    /// and `sold_on` once `sold`, a `paid_amount` once `paid` or `partially_paid`, a task's `completed_at`
    /// once done.
    @Test(arguments: [UInt64(11), 12, 13, 14, 15])
    func aValueNamedForAStatusExistsInIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (column, type, statuses, holding) = rng.pick([
            ("sold_price", "decimal", ["for_sale", "pending", "sold", "withdrawn"], ["sold"]),
            ("sold_on", "date", ["active", "under_contract", "sold"], ["sold"]),
            ("paid_amount", "decimal", ["unpaid", "partially_paid", "paid", "overdue"], ["partially_paid", "paid"]),
            ("completed_at", "datetime", ["todo", "in_progress", "in_review", "done"], ["done"]),
            ("signed_on", "date", ["draft", "sent", "signed", "expired"], ["signed"]),
        ])
        let rows = rng.int(300...1500)
        let text = """
        {"seed": \(seed), "entities": [{"name": "records", "rows": \(rows), "fields": [
          {"name": "id", "primary_key": true}, {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "\(column)", "type": "\(type)"},
          {"name": "status", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(text)
        var present = 0
        for r in TestSupport.table(plan, "records") {
            let status = try #require(r[3])
            #expect((r[2] != nil) == holding.contains(status), "\(column) \(r[2] ?? "NULL") when \(status)")
            if r[2] != nil { present += 1 }
        }
        #expect(present > 0)
        let declared = try #require(plan.schema.entity(named: "records")?.field(named: column)?.nullable)
        #expect(abs(declared - (1 - Double(holding.count) / Double(statuses.count))) < 1e-9)
    }
}
