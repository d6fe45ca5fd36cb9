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

/// A stranger's supplier had a 20-day lead time and its purchase orders were expected after 14 or 56 days. Drawn
/// lead times on the row or its supplier.
@Suite struct LeadTimeTests {
    @Test(arguments: 1...8) func anOrderIsExpectedAfterItsLeadTime(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (lead, unit) = rng.pick(SchemaResolver.leadTimeNames)
        let expected = rng.pick(["expected_at", "expected_delivery", "eta", "expected_arrival_date"])
        let own = rng.int(0...1) == 1
        let leadField = #"{"name": "\#(lead)", "type": "integer", "min": 1, "max": 30}"#
        let json = """
            {"name": "s", "entities": [
              {"name": "suppliers", "rows": 10, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}\(own ? "" : ", " + leadField)]},
              {"name": "purchase_orders", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "supplier_id", "type": "integer", "references": "suppliers.id"}, {"name": "ordered_at", "type": "datetime"},
                {"name": "\(expected)", "type": "\(expected.hasSuffix("date") ? "date" : "datetime")"}\(own ? ", " + leadField : "")]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let leads = own ? TestSupport.column(plan, "purchase_orders", lead) : TestSupport.column(plan, "suppliers", lead)
        for row in TestSupport.table(plan, "purchase_orders") {
            guard let at = row[2].flatMap(TestSupport.instant), let due = row[3].flatMap(TestSupport.instant) else { continue }
            let days = own ? row[4].flatMap(Double.init) : row[1].flatMap { Int($0) }.flatMap { leads[$0 - 1] }.flatMap(Double.init)
            guard let days else { continue }
            let length = days * unit
            // (give or take: a tenth of the lead time on the row's own, a day early to three late on its supplier's; a date is a whole day)
            let slack = max(0.1 * length, 3 * 86_400) + 86_400
            #expect(abs((due - at) - length) <= slack, "\(expected) \(row[3] ?? "") after \(row[2] ?? ""), lead \(days) × \(unit)")
        }
    }
}
