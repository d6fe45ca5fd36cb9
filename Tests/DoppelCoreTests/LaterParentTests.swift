import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's library fined a loan two years before the book was lent (the fine followed its member's joining,
/// not its loan), and a vet's invoice for a pet came to $0.18 (1–3 % of the pet's weight, a zoo's ration rule).
/// Drawn names, row counts and seeds.
@Suite struct LaterParentTests {
    @Test(arguments: 1...8) func aFineFollowsItsLoansDueDate(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let fines = rng.pick(["fines", "penalties", "late_fees", "overdue_fines"])
        let issued = rng.pick(["issued_on", "created_at", "issued_at", "charged_on"])
        let issuedType = issued.hasSuffix("_at") ? "datetime" : "date"
        let json = """
        {"name": "library", "seed": \(seed), "reference_date": "2025-01-01", "entities": [
          {"name": "members", "rows": \(rng.int(5...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "person.full_name"}, {"name": "joined_on", "type": "date", "kind": "date.past"}]},
          {"name": "loans", "rows": \(rng.int(20...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "member_id", "references": "members.id"}, {"name": "loaned_on", "type": "date", "kind": "date.past"},
            {"name": "due_date", "type": "date", "kind": "date.future"}]},
          {"name": "\(fines)", "rows": \(rng.int(50...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "member_id", "references": "members.id"}, {"name": "loan_id", "references": "loans.id"},
            {"name": "amount", "type": "decimal", "kind": "number.decimal", "min": 0.5, "max": 20},
            {"name": "\(issued)", "type": "\(issuedType)", "kind": "\(issuedType).past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let due = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "loans").map { ($0[0] ?? "", $0[3] ?? "") })
        for row in TestSupport.table(plan, fines) {
            let loanDue = try #require(due[row[2] ?? ""]), at = try #require(row[4])
            #expect(String(at.prefix(10)) >= loanDue, "seed \(seed): \(row) before its loan was due \(loanDue)")
        }
    }

    @Test(arguments: 1...6) func aVetsInvoiceIsMoneyNotARation(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let money = rng.pick([("amount", "finance.amount"), ("total", "finance.amount"), ("amount", "number.decimal")])
        let json = """
        {"name": "vet_clinic", "seed": \(seed), "entities": [
          {"name": "pets", "rows": \(rng.int(5...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "species", "kind": "enum", "values": ["Dog", "Cat", "Rabbit", "Hamster"]},
            {"name": "weight_kg", "type": "decimal", "kind": "number.decimal", "min": 0.1, "max": 40}]},
          {"name": "invoices", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "pet_id", "references": "pets.id"},
            {"name": "\(money.0)", "type": "decimal", "kind": "\(money.1)", "min": 20, "max": 900}]},
          {"name": "feedings", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "pet_id", "references": "pets.id"}, {"name": "quantity_kg", "type": "decimal", "kind": "number.decimal"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let weight = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "pets").map { ($0[0] ?? "", Double($0[2] ?? "") ?? 0) })
        for row in TestSupport.table(plan, "invoices") {
            let amount = try #require(Double(row[2] ?? ""))
            #expect(amount >= 20 && amount <= 900, "seed \(seed): \(row)")
        }
        // A feeding's ration is still its animal's share.
        for row in TestSupport.table(plan, "feedings") {
            let w = try #require(weight[row[1] ?? ""]), q = try #require(Double(row[2] ?? ""))
            #expect(q <= w * 0.03 + 0.01, "seed \(seed): \(row) of a \(w) kg pet")
        }
    }
}
