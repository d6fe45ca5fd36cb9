import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// What a parent states is paid each period is what its children charge and pay: a lease's
/// `monthly_rent` is its unit's `rent`, a rent payment settles its lease's rent, a premium payment its
/// policy's premium; a pet's policy is an animal's, so its claims are for a vet's treatments. Drawn
/// tables and names.
@Suite struct PeriodicAmountTests {
    @Test func paymentsPayWhatTheirParentStates() throws {
        var g = PlannerFuzzTests.SplitMix(state: 12)
        let parents: [(String, String)] = [("leases", "monthly_rent"), ("loans", "monthly_payment"), ("policies", "premium"),
                                           ("memberships", "monthly_fee"), ("tenancies", "rent")]
        for round in 0..<8 {
            let (parent, column) = parents[Int(g.next() % UInt64(parents.count))]
            let child = ["payments", "rent_payments", "premium_payments", "loan_payments"][Int(g.next() % 4)]
            let amount = ["amount", "amount_paid", "payment_amount"][Int(g.next() % 3)]
            let plan = try TestSupport.plan(#"""
                {"name": "p", "seed": \#(round), "entities": [
                  {"name": "units", "rows": 8, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "rent", "type": "decimal", "kind": "number.decimal", "min": 500, "max": 4000}]},
                  {"name": "\#(parent)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "unit_id", "type": "integer", "references": "units.id"},
                    {"name": "\#(column)", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 3000}]},
                  {"name": "\#(child)", "rows": 80, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "\#(parent)_id", "type": "integer", "references": "\#(parent).id"},
                    {"name": "\#(amount)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 50}]}]}
                """#)
            let stated = TestSupport.column(plan, parent, column)
            let rents = TestSupport.column(plan, "units", "rent")
            let units = TestSupport.column(plan, parent, "unit_id")
            if column.hasSuffix("rent") {
                for (u, r) in zip(units, stated) { #expect(r == rents[(Int(u ?? "") ?? 1) - 1], "\(parent).\(column) \(r ?? "") vs unit rent") }
            }
            for row in TestSupport.table(plan, child) {
                let p = (Int(row[1] ?? "") ?? 1) - 1
                // A payment settles 97–100 % of what is stated (protocol/SCHEMA.md, *Values derived through a reference*).
                let paid = Double(row[2] ?? "") ?? -1, due = Double(stated[p] ?? "") ?? -2
                #expect(paid >= (due * 0.97 * 100).rounded(.down) / 100 && paid <= due, "\(child).\(amount) \(row[2] ?? "") vs \(parent).\(column) \(stated[p] ?? "") round \(round)")
            }
        }
    }

    @Test func aPetPolicysClaimsAreForAVetsTreatments() throws {
        let schema = Planner().plan("Pet insurance: policies (pet_name, species, breed, premium), claims (policy_id, treatment, amount_claimed, filed_on)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 3)).get()
        let vet = Set((0..<Words.vetTreatments.count).map { Words.vetTreatments.string($0) })
        for t in TestSupport.column(plan, "claims", "treatment").compactMap({ $0 }) { #expect(vet.contains(t), "\(t)") }
        let method = Planner().plan("Apartments: leases and rent payments (lease_id, paid_on, amount, method)").schema
            .entities.first { $0.name == "rent_payments" }?.fields.first { $0.name == "method" }
        #expect(method?.values?.compactMap(\.stringValue).contains("bank_transfer") == true)
    }
}
