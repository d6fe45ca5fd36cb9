import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A tenant's rent payment was $70 on a $3,467 unit, paid two years before the tenant moved in: a payment whose
/// parent has no price pays the price of what that parent references, after the parent's start. Drawn names.
@Suite struct RentThroughUnitTests {
    @Test func aPaymentPaysItsGrandparentsPrice() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let rent = rng.pick(["rent", "monthly_rent"]), amount = rng.pick(["amount", "amount_paid", "payment_amount"])
            let tenants = rng.pick(["tenants", "residents", "leases"])
            let json = """
            {"name": "building", "seed": \(seed), "entities": [
              {"name": "units", "rows": \(rng.int(2...30)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(rent)", "type": "integer", "kind": "number.integer", "min": 800, "max": 9000}]},
              {"name": "\(tenants)", "rows": \(rng.int(3...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "unit_id", "references": "units.id"}, {"name": "move_in_date", "type": "date", "kind": "date.past"}]},
              {"name": "rent_payments", "rows": \(rng.int(20...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "payer_id", "references": "\(tenants).id"},
                {"name": "\(amount)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 500, "precision": 2},
                {"name": "paid_on", "type": "date", "kind": "date.past"}]}]}
            """
            let plan = try TestSupport.plan(json)
            var rentOf: [String: Double] = [:]
            for row in TestSupport.table(plan, "units") { rentOf[row[0] ?? ""] = Double(row[1] ?? "") }
            var tenancy: [String: (unit: String, since: String)] = [:]
            for row in TestSupport.table(plan, tenants) { tenancy[row[0] ?? ""] = (row[1] ?? "", row[2] ?? "") }
            var checked = 0
            for row in TestSupport.table(plan, "rent_payments") {
                guard let t = tenancy[row[1] ?? ""], let due = rentOf[t.unit], let paid = row[2].flatMap(Double.init) else { continue }
                #expect(abs(paid - due) < 0.01, "seed \(seed): paid \(paid) on a unit renting for \(due)")
                if let on = row[3] { #expect(on >= t.since, "seed \(seed): paid \(on) before moving in on \(t.since)") }
                checked += 1
            }
            #expect(checked > 0)
        }
    }
}
