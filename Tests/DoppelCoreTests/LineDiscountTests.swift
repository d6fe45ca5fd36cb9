import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's order line sold a product at 6.88 against its 8.60 list price and took 15 % off again in its own
/// `discount` column. A line with a discount of its own is priced at the list price. Drawn names and seeds.
@Suite struct LineDiscountTests {
    @Test(arguments: 1...8) func aLineWithItsOwnDiscountIsAtTheListPrice(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let discount = rng.pick([#"{"name": "discount", "type": "decimal", "kind": "commerce.discount"}"#,
                                 #"{"name": "discount_pct", "type": "integer", "kind": "number.integer", "min": 0, "max": 30}"#,
                                 #"{"name": "discount_amount", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 5}"#])
        let price = rng.pick(["unit_price", "item_price"])  // (a line's plain `price` is its quantity's: a rule of its own)
        let json = """
        {"name": "shop", "seed": \(seed), "entities": [
          {"name": "products", "rows": \(rng.int(5...50)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "commerce.product_name"}, {"name": "price", "type": "decimal", "kind": "commerce.price"}]},
          {"name": "order_items", "rows": \(rng.int(100...400)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "product_id", "references": "products.id"}, {"name": "quantity", "type": "integer", "kind": "commerce.quantity"},
            {"name": "\(price)", "type": "decimal", "kind": "number.decimal"}, \(discount)]}]}
        """
        let plan = try TestSupport.plan(json)
        let list = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "products").map { ($0[0] ?? "", Double($0[2] ?? "") ?? -1) })
        for row in TestSupport.table(plan, "order_items") {
            let want = try #require(list[row[1] ?? ""]), got = try #require(Double(row[3] ?? ""))
            #expect(abs(want - got) < 0.005, "seed \(seed): \(row) against list price \(want)")
        }
    }
}
