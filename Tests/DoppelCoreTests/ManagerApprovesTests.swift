import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's time-off requests were approved by anyone, the employee's own report among them. A person's request
/// is approved by their manager. Drawn tables, column names and seeds.
@Suite struct ManagerApprovesTests {
    @Test(arguments: 1...10) func aRequestIsApprovedByTheRequestersManager(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let people = rng.pick(["employees", "staff", "workers"])
        let manager = rng.pick(["manager_id", "supervisor_id", "reports_to"])
        let request = rng.pick(["time_off_requests", "expense_reports", "timesheets", "leave_requests"])
        let person = rng.pick(["employee_id", "staff_id", "submitted_by_id", "requester_id"])
        let approver = rng.pick(["approver_id", "approved_by", "reviewer_id", "manager_id"])
        let json = """
        {"name": "hr", "seed": \(seed), "entities": [
          {"name": "\(people)", "rows": \(rng.int(10...80)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "person.full_name"}, {"name": "\(manager)", "references": "\(people).id", "nullable": 0.1}]},
          {"name": "\(request)", "rows": \(rng.int(50...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(person)", "references": "\(people).id"}, {"name": "\(approver)", "references": "\(people).id"},
            {"name": "submitted_at", "type": "datetime", "kind": "datetime.past"},
            {"name": "status", "type": "string", "kind": "enum", "values": ["pending", "approved", "rejected"]}]}]}
        """
        let plan = try TestSupport.plan(json)
        let managerOf = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, people).map { ($0[0] ?? "", $0[2]) })
        var checked = 0
        for row in TestSupport.table(plan, request) {
            let asker = row[1] ?? ""
            #expect(row[2] != asker, "seed \(seed): \(request) \(row) approved by its own asker")
            // (a pending request has no approver yet; the status holds it as before)
            if row[4] == "pending" {
                if !approver.hasPrefix("manager") { #expect(row[2] == nil, "seed \(seed): pending \(request) \(row) has an approver") }
                continue
            }
            // (an approved_by is empty on a rejected request too: only who acted is named)
            guard let m = managerOf[asker] ?? nil, row[2] != nil else { continue }
            checked += 1
            #expect(row[2] == m, "seed \(seed): \(request).\(approver) \(row) is not \(asker)'s \(manager) \(m)")
        }
        #expect(checked > 10, "seed \(seed): \(checked)")
    }
}
