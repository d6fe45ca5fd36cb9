import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// What is paid out of a claim is part of what was claimed, and only once a status says it was granted;
/// a claim is filed after its incident. Drawn entity and column names, status sets, row counts.
@Suite struct SettledAmountTests {
    @Test func paidIsPartOfClaimedOnceGranted() throws {
        for seed in UInt64(1)...14 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["claims", "insurance_claims", "expense_claims", "reimbursements", "warranty_claims"])
            let (asked, granted) = rng.pick([("amount_claimed", "amount_paid"), ("claim_amount", "approved_amount"),
                                             ("requested_amount", "reimbursed_amount"), ("billed_amount", "paid_amount"),
                                             ("amount_requested", "payout")])
            let statuses = rng.pick([["submitted", "under_review", "approved", "denied", "paid"], ["pending", "approved", "rejected"],
                                     ["open", "settled", "denied", "closed"]])
            let (happened, filed) = rng.pick([("incident_date", "filed_date"), ("incident_date", "reported_date"),
                                              ("loss_date", "filed_date"), ("occurred_at", "reported_at")])
            let type = filed.hasSuffix("_at") ? "datetime" : "date"
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(100...500)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(happened)", "type": "\(type)", "kind": "\(type).past"}, {"name": "\(filed)", "type": "\(type)", "kind": "\(type).past"},
              {"name": "\(asked)", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 20000},
              {"name": "\(granted)", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 20000},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(json)
            for row in TestSupport.table(plan, entity) {
                let context = "seed \(seed) \(entity): \(row)"
                let status = row[5] ?? ""
                let grantedStatus = !LifecycleStage.words(of: status).isDisjoint(with: SchemaResolver.grantedStatusWords)
                #expect((row[4] != nil) == grantedStatus, "\(context)")
                if let a = Double(row[3] ?? ""), let g = Double(row[4] ?? "") {
                    // what is paid of a bill is all of it; of a claim or a request, half to all
                    let floor = asked.hasPrefix("billed") ? 1.0 : 0.5
                    #expect(g <= a + 0.01 && g >= a * floor - 0.01, "\(context)")
                }
                if let h = row[1], let f = row[2] { #expect(f >= h, "\(context): \(filed) before \(happened)") }
            }
        }
    }
}
