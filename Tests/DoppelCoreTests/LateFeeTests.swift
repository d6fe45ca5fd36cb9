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
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.count) fines disagree with their dates, first \(wrong.prefix(2))\n\(json)")
            #expect(late > 0, "seed \(seed): no late row to check")
        }
    }
}
