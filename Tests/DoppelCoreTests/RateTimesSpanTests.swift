import DoppelJSON
import Foundation
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A rental's or a stay's total is its rate times the whole periods it lasts.
@Suite struct RateTimesSpanTests {
    static let shapes: [(rate: String, period: Double, start: String, end: String, total: String)] = [
        ("daily_rate", 1, "start_date", "end_date", "total_price"), ("nightly_rate", 1, "check_in", "check_out", "total"),
        ("price_per_night", 1, "check_in_date", "check_out_date", "total_amount"), ("weekly_rent", 7, "start_date", "end_date", "total_cost"),
        ("rate_per_day", 1, "pickup_date", "return_date", "amount_due"),
    ]

    @Test(arguments: [UInt64(31), 32, 33])
    func theTotalIsTheRateTimesThePeriods(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for s in Self.shapes {
            let entity = rng.pick(["rentals", "bookings", "stays", "reservations", "leases"])
            let text = """
            {"seed": \(rng.int(1...99_999)), "entities": [{"name": "\(entity)", "rows": 400, "fields": [
              {"name": "id", "primary_key": true}, {"name": "\(s.start)", "type": "date"}, {"name": "\(s.end)", "type": "date"},
              {"name": "\(s.rate)", "type": "decimal", "min": 20, "max": 400}, {"name": "\(s.total)", "type": "decimal"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let day = DateFormatter()
            day.dateFormat = "yyyy-MM-dd"
            day.timeZone = TimeZone(identifier: "UTC")
            for r in TestSupport.table(plan, entity) {
                let start = try #require(r[1].flatMap(day.date(from:))), end = try #require(r[2].flatMap(day.date(from:)))
                let rate = try #require(r[3].flatMap(Double.init)), total = try #require(r[4].flatMap(Double.init))
                let periods = max(1, (end.timeIntervalSince(start) / 86_400 / s.period).rounded())
                #expect(end >= start)
                #expect(abs(total - rate * periods) < 0.011, "\(s.rate) \(r)")
            }
        }
    }

    /// With the rate on the record it references, the total is that rate times the row's own span: a rental's
    /// total is its vehicle's daily rate times its days.
    @Test(arguments: [UInt64(41), 42, 43])
    func theTotalUsesTheParentsRate(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for s in Self.shapes {
            let (parent, child) = rng.pick([("vehicles", "rentals"), ("rooms", "bookings"), ("properties", "stays"), ("units", "leases")])
            let text = """
            {"seed": \(rng.int(1...99_999)), "entities": [
              {"name": "\(parent)", "rows": \(rng.int(1...40)), "fields": [{"name": "id", "primary_key": true},
                {"name": "\(s.rate)", "type": "decimal", "min": 20, "max": 400}]},
              {"name": "\(child)", "rows": \(rng.int(1...600)), "fields": [
                {"name": "id", "primary_key": true}, {"name": "parent_id", "references": "\(parent).id"},
                {"name": "\(s.start)", "type": "date"}, {"name": "\(s.end)", "type": "date"}, {"name": "\(s.total)", "type": "decimal"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let rates = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", Double($0[1] ?? "") ?? .nan) })
            let day = DateFormatter()
            day.dateFormat = "yyyy-MM-dd"
            day.timeZone = TimeZone(identifier: "UTC")
            for r in TestSupport.table(plan, child) {
                let rate = try #require(rates[r[1] ?? ""])
                let start = try #require(r[2].flatMap(day.date(from:))), end = try #require(r[3].flatMap(day.date(from:)))
                let total = try #require(r[4].flatMap(Double.init))
                let periods = max(1, (end.timeIntervalSince(start) / 86_400 / s.period).rounded())
                #expect(abs(total - rate * periods) < 0.011, "seed \(seed): \(parent).\(s.rate) \(r)")
            }
        }
    }
}
