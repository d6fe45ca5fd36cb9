import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A home sells near its asking price, and only once a status says sold. Drawn column names, status
/// lists and row counts; a failure prints its seed.
@Suite struct SoldPriceTests {
    @Test func aHomeSellsNearItsAskingPriceOnceSold() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let asking = rng.pick(["list_price", "asking_price", "listing_price", "price"])
            let sold = rng.pick(["sold_price", "final_price", "closing_price", "selling_price", "sold_for"])
            let statuses = rng.pick([["active", "pending", "sold", "withdrawn"], ["for_sale", "under_contract", "sold"]])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["listings", "homes", "properties"]))", "rows": \(rng.int(5...900)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "bedrooms", "type": "integer"}, {"name": "sqft", "type": "integer"},
              {"name": "\(asking)", "type": "decimal"}, {"name": "\(sold)", "type": "decimal"},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            for row in TestSupport.table(plan, plan.entities[0].name) {
                let isSold = row[5] == "sold"
                guard isSold else {
                    if row[4] != nil { wrong.append("\(row[5] ?? "") with \(sold) \(row[4] ?? "")") }
                    continue
                }
                guard let a = row[3].flatMap(Double.init), let s = row[4].flatMap(Double.init) else { wrong.append("sold without prices"); continue }
                if !(a * 0.92 - 1...a * 1.05 + 1).contains(s) { wrong.append("\(asking) \(a), \(sold) \(s)") }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.prefix(3))\n\(json)")
        }
    }
}
