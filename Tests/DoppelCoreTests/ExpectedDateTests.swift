import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's purchase order placed in 2020 was expected in 2026. Drawn records with an expected or estimated
/// date beside the moment they were made.
@Suite struct ExpectedDateTests {
    @Test(arguments: 1...8) func anExpectedDateCountsFromTheRecord(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["purchase_orders", "shipments", "orders", "repairs", "projects"])
        let made = rng.pick(["ordered_on", "created_at", "placed_on", "order_date"])
        let expected = rng.pick(["expected_delivery", "estimated_arrival", "eta", "expected_completion", "promised_date"])
        let type = made.hasSuffix("_at") ? "datetime" : "date"
        let plan = try TestSupport.plan("""
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(made)", "type": "\(type)"}, {"name": "\(expected)", "type": "\(type)"}]}]}
            """)
        let arrival = !Set(KindInference.tokens(expected)).isDisjoint(with: SchemaResolver.arrivalWords)
        for row in TestSupport.table(plan, table) {
            guard let a = row[1].flatMap(TestSupport.instant), let b = row[2].flatMap(TestSupport.instant) else { continue }
            let days = (b - a) / 86_400
            #expect(days >= 0 && days <= (arrival ? 22 : 61), "\(table).\(expected) \(row[2] ?? "") for \(made) \(row[1] ?? "")")
        }
    }
}
