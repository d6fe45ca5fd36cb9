import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A sale agrees with the price of what it sells: a car, a house or a pet is sold one at a time
/// for about its price; a product sold three at a time costs three prices (a quantity, or an order's count of items).
@Suite struct SaleAmountTests {
    @Test(arguments: [UInt64(81), 82, 83, 84])
    func drawnSalesAgreeWithTheirParentsPrice(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let single = rng.chance(0.5)
            let parent = single ? rng.pick(["cars", "vehicles", "houses", "boats", "pets", "properties", "machines"])
                                : rng.pick(["products", "items", "books", "parts", "tickets"])
            let extra = parent == "machines" ? #", {"name": "serial_number", "kind": "id.pattern", "pattern": "SN-#####"}"# : ""
            let sale = rng.pick(["sales", "purchases", "orders", "car_sales", "transactions"])
            let amount = rng.pick(["amount", "sale_price", "total", "total_amount", "final_price"])
            let quantity = rng.pick(["quantity", "qty", "units", "items", "item_count", "num_items", "pieces"])
            let text = """
            {"seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": 20, "fields": [{"name": "id", "primary_key": true}, {"name": "price", "type": "decimal", "min": 50, "max": 90000}\(extra)]},
              {"name": "\(sale)", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "\(quantity)", "type": "integer"},
                {"name": "\(amount)", "type": "decimal"}, {"name": "item_id", "references": "\(parent).id"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let prices = TestSupport.column(plan, parent, "price").map { Double($0 ?? "") ?? .nan }
            for row in TestSupport.table(plan, sale) {
                let q = try #require(Double(row[1] ?? "")), a = try #require(Double(row[2] ?? ""))
                let price = prices[try #require(Int(row[3] ?? "")) - 1]
                if single {
                    #expect(q == 1, "seed \(seed) \(sale) of \(parent): quantity \(q)")
                    #expect(a >= price * 0.92 - 0.01 && a <= price + 0.01, "seed \(seed) \(sale) of \(parent): \(a) for \(price)")
                } else {
                    #expect(abs(a - price * q) < 0.011, "seed \(seed) \(sale) of \(parent): \(a) for \(q) × \(price)")
                }
            }
        }
    }
}
