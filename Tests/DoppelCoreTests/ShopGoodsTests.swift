import Testing
import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A shop sells its own goods: a bakery's products are breads, pastries and cakes, named, described and
/// priced as such, not car chargers with a one-year warranty at $177.
@Suite struct ShopGoodsTests {
    static let shopNames: [(words: String, shop: Int)] = [
        ("bakery", 0), ("patisserie", 0), ("coffee shop", 1), ("cafe", 1), ("florist", 2), ("flower shop", 2),
        ("hardware store", 3), ("liquor store", 4), ("wine shop", 4), ("IT helpdesk", 5), ("pet shop", 6), ("pet store", 6),
    ]

    @Test(arguments: [UInt64(2201), 2202, 2203, 2204])
    func aShopsProductsComeInItsCategories(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (words, index) = rng.pick(Self.shopNames)
            let table = index == 5 ? "assets" : rng.pick(["products", "goods"])
            let prompt = rng.pick(["A \(words) with \(table), customers and orders", "An online \(words) selling \(table)",
                                   "\(words) inventory: \(table) (name, category, price, stock)"])
            let schema = Planner().plan(prompt).schema
            guard let e = schema.entities.first(where: { $0.name == table }), let category = e.field(named: "category") else {
                Issue.record("seed \(seed): \(prompt): \(schema.entities.map { "\($0.name)(\($0.fields.map(\.name)))" })")
                continue
            }
            let want = ShopGoods.shops[index].categories.map(\.name)
            #expect(category.values?.compactMap(\.stringValue) == want, "seed \(seed): \(prompt): \(category)")
        }
    }

    @Test(arguments: [UInt64(2211), 2212, 2213, 2214, 2215])
    func aShopsProductIsNamedDescribedAndPricedByItsCategory(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let shop = rng.pick(ShopGoods.shops)
        let categories = shop.categories.filter { _ in rng.chance(0.7) }.map(\.name)
        let chosen = categories.isEmpty ? [shop.categories[0].name] : categories
        let priceName = rng.pick(["price", "unit_price", "list_price", "purchase_price"])
        let fields = [
            #"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#,
            #"{"name": "name", "type": "string", "kind": "commerce.product_name"}"#,
            #"{"name": "category", "type": "string", "kind": "enum", "values": [\#(chosen.map { "\"\($0)\"" }.joined(separator: ", "))]}"#,
            #"{"name": "description", "type": "text", "kind": "text.description"}"#,
            #"{"name": "\#(priceName)", "type": "decimal", "kind": "commerce.price"}"#,
        ]
        let text = #"{"name": "shop", "seed": \#(seed), "entities": [{"name": "products", "rows": \#(rng.int(1...600)), "fields": [\#(fields.shuffled(using: &rng).joined(separator: ", "))]}]}"#
        let plan = try TestSupport.plan(text)
        let names = plan.entities[0].fields.map(\.name)
        let n = try #require(names.firstIndex(of: "name")), c = try #require(names.firstIndex(of: "category"))
        let d = try #require(names.firstIndex(of: "description")), p = try #require(names.firstIndex(of: priceName))
        for row in TestSupport.table(plan, "products") {
            let category = try #require(ShopGoods.category(named: row[c]))
            let name = try #require(row[n]), description = try #require(row[d]), price = try #require(row[p].flatMap(Double.init))
            #expect(category.goods.contains { name == $0 || name.hasSuffix(" " + $0) }, "seed \(seed): \(row)")
            // (a warranty only where the shop's own lines give one: an electronics store's phone, never a croissant)
            #expect(description.hasPrefix(name + " is a") && description.contains(category.noun)
                        && (!description.contains("warranty") || category.lines.contains { $0.contains("warranty") }),
                    "seed \(seed): \(row)")
            let range = try #require(ShopGoods.prices[category.name.lowercased()])
            #expect(price >= range.lowerBound - 0.01 && price <= range.upperBound + 0.01, "seed \(seed): \(row)")
        }
    }

    /// A shop's table of departments or categories lists each of its categories once, at any size.
    @Test(arguments: [UInt64(2221), 2222, 2223])
    func aShopsDepartmentsAreListedOnce(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (words, index) = rng.pick(Self.shopNames.filter { $0.shop != 5 })
        let lookup = rng.pick(["departments", "categories"])
        let schema = Planner().plan("A \(words) with \(lookup), products and orders").schema
        let e = try #require(schema.entities.first { $0.name == lookup }, "seed \(seed): \(schema.entities.map(\.name))")
        let count = ShopGoods.shops[index].categories.count
        #expect(e.field(named: "name")?.unique == true && e.rows <= count, "seed \(seed): \(words) \(lookup): \(e.rows) rows")
        let scaled = RowScale.scaled(schema, factRows: rng.int(1_000...900_000))
        #expect((scaled.entities.first { $0.name == lookup }?.rows ?? 0) <= count, "seed \(seed): \(words) \(lookup) scaled")
        let names = TestSupport.column(try scaled.resolve().get(), lookup, "name")
        #expect(Set(names).count == names.count, "seed \(seed): \(names)")
    }
}
