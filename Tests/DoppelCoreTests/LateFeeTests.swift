import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A fine follows the dates it is about: nothing for a return on or before the due date, something
/// for a late one, more for longer. Schemas drawn from a seeded generator; a failure prints its seed.
@Suite struct LateFeeTests {
    @Test func aFineIsOwedOnlyForDaysLate() throws {
        for seed in UInt64(1)...20 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["loans", "borrowings", "checkouts", "rentals", "equipment_rentals"])
            let fine = rng.pick(Array(SchemaResolver.lateFeeColumns))
            let dated = rng.pick(["date", "datetime"])
            let (due, back) = rng.pick([("due_date", "returned_date"), ("due_at", "returned_at"), ("due_on", "return_date"), ("due_date", "checkin_date")])
            let nullable = rng.pick([0.0, 0.3])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(20...800)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(due)", "type": "\(dated)", "kind": "\(dated).past"},
              {"name": "\(back)", "type": "\(dated)", "kind": "\(dated).past", "nullable": \(nullable)},
              {"name": "\(fine)", "type": "decimal", "min": 1, "max": 500}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            var late = 0
            for row in TestSupport.table(plan, entity) {
                guard let d = row[1].flatMap(CivilTime.parse), let f = row[3].flatMap(Double.init) else { continue }
                let returned = row[2].flatMap(CivilTime.parse) ?? plan.anchor
                let daysLate = (returned - d) / 86_400
                if daysLate >= 1 { late += 1 }
                if (daysLate >= 1) != (f > 0) { wrong.append("\(row)") }
                // fines count at most a month of days: cents a day for a book, a day's hire for a rental
                let perDay = SchemaResolver.perDayLateFee(entity: entity)
                if f > perDay.upperBound * 30 + 0.005 { wrong.append("\(row) over a month's fines") }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.count) fines disagree with their dates, first \(wrong.prefix(2))\n\(json)")
            #expect(late > 0, "seed \(seed): no late row to check")
        }
    }

    /// A stranger's library lent a book for 54 days: a thing lent is due back in one to four weeks; a loan to a
    /// person (a bank's) keeps a bill's terms.
    @Test(arguments: 1...6) func aThingLentIsDueBackInWeeks(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (entity, thing) = (rng.pick(["loans", "borrowings", "checkouts", "rentals"]), rng.pick(["books", "tools", "bikes", "games"]))
        let (start, due) = (rng.pick(["borrowed_on", "checked_out_on", "created_at", "loan_date"]), rng.pick(["due_on", "due_date", "due_back"]))
        let plan = try TestSupport.plan("""
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "\(thing)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "customers", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "\(entity)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "item_id", "type": "integer", "references": "\(thing).id"},
                {"name": "customer_id", "type": "integer", "references": "customers.id"},
                {"name": "\(start)", "type": "date"}, {"name": "\(due)", "type": "date"}]}]}
            """)
        for row in TestSupport.table(plan, entity) {
            guard let a = row[3].flatMap(CivilTime.parse), let b = row[4].flatMap(CivilTime.parse) else { continue }
            let days = (b - a) / 86_400
            #expect(days >= 7 && days <= 28, "\(entity).\(due) \(days) days after \(start)")
        }
        let bank = try TestSupport.plan("""
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "customers", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "invoices", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "customer_id", "type": "integer", "references": "customers.id"},
                {"name": "created_at", "type": "date"}, {"name": "due_date", "type": "date"}]}]}
            """)
        let terms = TestSupport.table(bank, "invoices").compactMap { row -> Int64? in
            guard let a = row[2].flatMap(CivilTime.parse), let b = row[3].flatMap(CivilTime.parse) else { return nil }
            return (b - a) / 86_400
        }
        #expect(terms.contains { $0 > 28 }, "an invoice's terms run past four weeks")
    }
}
