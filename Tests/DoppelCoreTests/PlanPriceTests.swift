import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A plan's price follows the plan: free costs nothing, enterprise more than starter; with seats, per seat;
/// a subscription pays its plan's listed price per seat, some at a discount; a bigger plan allows more seats.
/// Drawn plan lists, names and sizes.
@Suite struct PlanPriceTests {
    @Test(arguments: [UInt64(2401), 2402, 2403, 2404, 2405, 2406])
    func aPriceFollowsItsPlan(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let plans = SchemaResolver.planPrices.keys.sorted().filter { _ in rng.chance(0.4) } + ["free"]
        let planColumn = rng.pick(["plan", "tier", "plan_name", "subscription_plan"])
        let (priceColumn, months) = rng.pick([("mrr", 1.0), ("monthly_price", 1.0), ("arr", 12.0), ("monthly_fee", 1.0)])
        let seats = rng.chance(0.5)
        var fields = [#"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#,
                      #"{"name": "\#(planColumn)", "type": "string", "kind": "enum", "values": [\#(plans.map { "\"\($0)\"" }.joined(separator: ", "))]}"#,
                      #"{"name": "\#(priceColumn)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 900}"#]
        if seats { fields.append(#"{"name": "seats", "type": "integer", "kind": "number.integer", "min": 1, "max": 200}"#) }
        let text = #"{"seed": \#(seed), "entities": [{"name": "accounts", "rows": \#(rng.int(1...800)), "fields": [\#(fields.shuffled(using: &rng).joined(separator: ", "))]}]}"#
        let plan = try TestSupport.plan(text)
        let names = plan.entities[0].fields.map(\.name)
        let p = try #require(names.firstIndex(of: planColumn)), m = try #require(names.firstIndex(of: priceColumn))
        let s = names.firstIndex(of: "seats")
        for row in TestSupport.table(plan, "accounts") {
            let name = try #require(row[p]), price = try #require(row[m].flatMap(Double.init))
            let prices = try #require(SchemaResolver.planPrices[name])
            let range = seats ? prices.seat : prices.account
            let count = s.flatMap { row[$0].flatMap(Double.init) } ?? 1
            let (lo, hi) = (range.lowerBound * months * count, range.upperBound * months * count)
            #expect(price >= lo - 0.01 && price <= hi + 0.01, "seed \(seed): \(row) outside \(lo)…\(hi)")
        }
    }

    @Test(arguments: [UInt64(2411), 2412, 2413])
    func aSubscriptionPaysItsPlanPerSeat(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let text = """
        {"seed": \(seed), "entities": [
          {"name": "plans", "rows": 3, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "type": "string", "kind": "enum", "unique": true, "values": ["Starter", "Pro", "Enterprise"]},
            {"name": "monthly_price", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 999},
            {"name": "max_seats", "type": "integer", "kind": "number.integer", "min": 1, "max": 9}]},
          {"name": "subscriptions", "rows": \(rng.int(1...900)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "plan_id", "type": "integer", "references": "plans.id"}, {"name": "seats", "type": "integer", "kind": "number.integer", "min": 1, "max": 80},
            {"name": "mrr", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 5000}]}]}
        """
        let plan = try TestSupport.plan(text)
        var price: [String: Double] = [:]
        for row in TestSupport.table(plan, "plans") {
            let name = try #require(row[1]), p = try #require(row[2].flatMap(Double.init))
            let range = try #require(SchemaResolver.planPrices[name.lowercased()]).account
            #expect(p == p.rounded() && p >= range.lowerBound.rounded(.down) && p <= range.upperBound.rounded(.up), "seed \(seed): \(row)")
            // A bigger plan allows more seats.
            let limit = try #require(row[3].flatMap(Double.init)), limits = try #require(SchemaResolver.planSeatLimits[name.lowercased()])
            #expect(limit >= limits.lowerBound && limit <= limits.upperBound, "seed \(seed): \(row)")
            price[row[0] ?? ""] = p
        }
        for row in TestSupport.table(plan, "subscriptions") {
            let p = try #require(price[row[1] ?? ""]), seats = try #require(row[2].flatMap(Double.init)), mrr = try #require(row[3].flatMap(Double.init))
            #expect(mrr >= p * seats * 0.8 - 0.01 && mrr <= p * seats + 0.01, "seed \(seed): \(row) with plan price \(p)")
        }
    }
}
