import Testing
@testable import DoppelText
@testable import DoppelEngine
import DoppelTestSupport

/// A rate or fee a child names like its parent is the parent's: a rental's
/// `daily_rate` is its vehicle's, over drawn parents, children and names; a
/// same-named column that is not a rate keeps its own values.
@Suite struct StatedRateTests {
    @Test(arguments: [UInt64(91), 92, 93, 94])
    func aChildChargesItsParentsStatedRate(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (parent, child) = rng.pick([("vehicles", "rentals"), ("rooms", "bookings"), ("services", "appointments"),
                                           ("courses", "enrollments"), ("plans", "subscriptions"), ("tools", "loans")])
            let rate = rng.pick(["daily_rate", "nightly_rate", "hourly_rate", "fee", "session_fee", "tuition", "tariff",
                                 "monthly_fee", "rate"])
            let text = """
            {"seed": \(rng.int(1...9_999)), "entities": [
              {"name": "\(parent)", "rows": 40, "fields": [{"name": "id", "primary_key": true},
                {"name": "\(rate)", "type": "decimal", "kind": "number.decimal", "min": 20, "max": 400},
                {"name": "capacity", "type": "integer", "kind": "number.integer", "min": 1, "max": 9}]},
              {"name": "\(child)", "rows": 500, "fields": [{"name": "id", "primary_key": true},
                {"name": "\(Inflector.singular(parent))_id", "references": "\(parent).id"},
                {"name": "\(rate)", "type": "decimal"},
                {"name": "capacity", "type": "integer", "kind": "number.integer", "min": 100, "max": 900}]}]}
            """
            let plan = try TestSupport.plan(text)
            let parents = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1]) })
            for row in TestSupport.table(plan, child) {
                let own = try #require(row[2])
                #expect(own == parents[row[1] ?? ""] ?? nil, "\(child).\(rate) \(own) against its \(parent) row \(row[1] ?? "NULL")")
                // Not a rate: the child's own range, not the parent's.
                #expect(Int(row[3] ?? "") ?? 0 >= 100, "\(child).capacity \(row[3] ?? "NULL")")
            }
        }
    }

    /// A rate measured on each row is the row's own, even when its parent has one of that name.
    @Test func aMeasuredRateIsTheRowsOwn() throws {
        let plan = try TestSupport.plan("""
        {"seed": 5, "entities": [
          {"name": "campaigns", "rows": 10, "fields": [{"name": "id", "primary_key": true},
            {"name": "conversion_rate", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 5}]},
          {"name": "ads", "rows": 300, "fields": [{"name": "id", "primary_key": true},
            {"name": "campaign_id", "references": "campaigns.id"},
            {"name": "conversion_rate", "type": "decimal", "kind": "number.decimal", "min": 10, "max": 50}]}]}
        """)
        #expect(TestSupport.column(plan, "ads", "conversion_rate").allSatisfy { (Double($0 ?? "") ?? 0) >= 10 })
    }
}
