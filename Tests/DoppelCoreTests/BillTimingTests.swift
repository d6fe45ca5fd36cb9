import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A bill's due date agrees with its status, it is paid before it falls due, and its tax is a share of
/// what it is for. Schemas drawn from a seeded generator (names, statuses, types, row counts).
@Suite struct BillTimingTests {
    @Test func dueDatesAndPaymentsAgreeWithTheStatus() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let statuses = rng.pick([["paid", "open", "overdue"], ["pending", "paid", "void", "draft"], ["unpaid", "paid", "late"]])
            let due = rng.pick(["due_date", "due_on", "payment_due"])
            let paid = rng.pick(["paid_at", "paid_on", "payment_date"])
            let dated = rng.pick(["date", "datetime"])
            let json = """
            {"name": "s", "seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "\(rng.pick(["bills", "invoices", "statements"]))", "rows": \(rng.int(5...700)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "amount", "type": "decimal", "min": 10, "max": 900},
              {"name": "tax", "type": "decimal", "min": 0, "max": 900},
              {"name": "\(due)", "type": "\(dated)", "kind": "\(dated).future"},
              {"name": "\(paid)", "type": "\(dated)", "kind": "\(dated).past"},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            for row in TestSupport.table(plan, plan.entities[0].name) {
                let status = row[5] ?? ""
                guard let d = row[3].flatMap(CivilTime.parse) else { wrong.append("no due date"); continue }
                let settledOrLate = ["paid", "overdue", "late"].contains(status)
                if settledOrLate != (d < plan.anchor) { wrong.append("\(status) due \(row[3] ?? "")") }
                if let p = row[4].flatMap(CivilTime.parse), p > d + 86_400 { wrong.append("\(status) paid \(row[4] ?? "") after due \(row[3] ?? "")") }
                if (row[4] != nil) != (status == "paid") { wrong.append("\(status) with \(paid) \(row[4] ?? "NULL")") }
                if let a = row[1].flatMap(Double.init), let t = row[2].flatMap(Double.init), !(a * 0.05 - 0.01...a * 0.2 + 0.01).contains(t) {
                    wrong.append("tax \(t) on \(a)")
                }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.prefix(3))\n\(json)")
        }
    }
}
