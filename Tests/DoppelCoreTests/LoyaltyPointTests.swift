import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// Points follow what a purchase spent (one per unit of money), and a player's points stay a score.
/// Schemas drawn from a seeded generator; a failure prints its seed.
@Suite struct LoyaltyPointTests {
    @Test func pointsFollowTheAmountSpent() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["purchases", "transactions", "orders", "sales", "receipts"])
            let points = rng.pick(Array(SchemaResolver.earnedPointColumns))
            let amount = rng.pick(["amount", "total", "total_amount", "subtotal"])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(1...500)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(points)", "type": "integer", "min": 0, "max": 50},
              {"name": "\(amount)", "type": "decimal", "min": 2, "max": \(rng.pick([30, 900, 5000])), "nullable": \(rng.pick([0, 0.2]))}]}]}
            """
            let plan = try TestSupport.plan(json)
            var off = 0
            for row in TestSupport.table(plan, entity) {
                guard let spent = row[2].flatMap(Double.init) else { continue }
                if Double(row[1] ?? "") != spent.rounded() { off += 1 }
            }
            #expect(off == 0, "seed \(seed): \(off) rows whose \(points) is not \(amount)\n\(json)")
        }
    }

    @Test func aPlayersPointsAreAScore() throws {
        let json = """
        {"name": "s", "seed": 2, "entities": [{"name": "players", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "points", "type": "integer", "min": 0, "max": 40}, {"name": "salary", "type": "decimal"}]}]}
        """
        let plan = try TestSupport.plan(json)
        #expect(TestSupport.column(plan, "players", "points").allSatisfy { (Int($0 ?? "") ?? 0) <= 40 })
    }
}
