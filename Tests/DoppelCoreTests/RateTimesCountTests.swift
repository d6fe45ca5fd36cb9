import Testing
import DoppelTestSupport
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A total is a per-unit rate times the row's count of that unit, whether the rate is the row's
/// own or its parent's (a tattoo's artist's `hourly_rate` × its `hours`, a flavour's
/// `price_per_scoop` × an order's `scoops`); a deposit is part of the total. Drawn units, names
/// and sides.
@Suite struct RateTimesCountTests {
    @Test(arguments: 1...10) func aTotalIsTheRateTimesTheCount(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 13 &+ 5)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (rate, count) = [("hourly_rate", pick(["hours", "num_hours", "billable_hours"])),
                             ("price_per_scoop", pick(["scoops", "num_scoops", "scoop_count"])),
                             ("nightly_rate", pick(["nights", "num_nights"])),
                             ("price_per_kg", pick(["kgs", "num_kgs"])),
                             ("rate_per_page", pick(["pages", "page_count", "number_of_pages"])),
                             // (a charter's price per person counts its passengers)
                             ("price_per_person", pick(["passengers", "guests", "party_size", "num_people"]))][Int(g.next() % 6)]
        // (a stranger's tattoo appointment: a plain `price` beside `duration_hours` is what the hours cost)
        let total = pick(["total", "total_price", "total_cost", "amount", "price", "fee", "total_revenue"])
        let deposit = pick(["deposit", "down_payment", "advance"])
        let own = g.next() % 2 == 0
        let rateField = #"{"name": "\#(rate)", "type": "decimal", "min": 5, "max": 90, "precision": 2}"#
        let child = """
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          \(own ? rateField + "," : #"{"name": "owner_id", "type": "integer", "references": "owners.id"},"#)
          {"name": "\(count)", "type": "integer", "min": 1, "max": 12},
          {"name": "\(total)", "type": "decimal", "min": 1, "max": 50, "precision": 2},
          {"name": "\(deposit)", "type": "decimal", "min": 1, "max": 5000, "precision": 2}
        """
        let plan = try TestSupport.plan("""
        {"name": "shop", "seed": \(seed), "entities": [
          {"name": "owners", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, \(rateField)]},
          {"name": "jobs", "rows": 600, "fields": [\(child)]}]}
        """)
        let owners = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "owners").map { ($0[0] ?? "", Double($0[1] ?? "") ?? .nan) })
        for row in TestSupport.table(plan, "jobs") {
            let r = own ? try #require(Double(row[1] ?? "")) : try #require(owners[row[1] ?? ""])
            let n = try #require(Double(row[2] ?? "")), t = try #require(Double(row[3] ?? "")), d = try #require(Double(row[4] ?? ""))
            #expect(abs(t - r * n) <= 0.011, "\(own ? "own" : "parent") \(rate) \(r) × \(count) \(n) ≠ \(total) \(t)")
            // (a business's revenue is no customer's bill: no deposit is part of it)
            if total != "total_revenue" { #expect(d <= t * 0.5 + 0.011 && d >= t * 0.1 - 0.011, "\(deposit) \(d) of \(total) \(t)") }
        }
    }
}

/// A stranger's gym charged a 90-minute session with a $55.58-an-hour trainer $38.38: the session read its member's
/// monthly fee first. Drawn references, orders and lengths.
@Suite struct SessionByTheMinuteTests {
    @Test(arguments: 1...8) func aSessionCostsItsTrainersRateForItsMinutes(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let minutes = rng.pick(SchemaResolver.minuteCountNames)
        let price = rng.pick(["price", "fee", "total_price", "cost"])
        let member = #"{"name": "member_id", "type": "integer", "references": "members.id"}"#
        let trainer = #"{"name": "trainer_id", "type": "integer", "references": "trainers.id"}"#
        let refs = rng.int(0...1) == 1 ? "\(member), \(trainer)" : "\(trainer), \(member)"
        let json = """
            {"name": "s", "entities": [
              {"name": "members", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "monthly_fee", "type": "decimal", "min": 10, "max": 80}]},
              {"name": "trainers", "rows": 6, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "hourly_rate", "type": "decimal", "min": 20, "max": 120}]},
              {"name": "sessions", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                \(refs), {"name": "\(minutes)", "type": "integer", "kind": "enum", "values": [30, 45, 60, 90]},
                {"name": "\(price)", "type": "decimal", "min": 1, "max": 500}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let rates = TestSupport.column(plan, "trainers", "hourly_rate").map { $0.flatMap(Double.init) }
        let trainers = TestSupport.column(plan, "sessions", "trainer_id"), lengths = TestSupport.column(plan, "sessions", minutes)
        for (k, paid) in TestSupport.column(plan, "sessions", price).enumerated() {
            guard let t = trainers[k].flatMap({ Int($0) }), let rate = rates[t - 1], let m = lengths[k].flatMap(Double.init),
                  let paid = paid.flatMap(Double.init) else { continue }
            #expect(abs(paid - rate * m / 60) <= 0.011, "\(price) \(paid) vs \(rate)/h × \(m) min")
        }
    }
}
