import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's coffee-shop and telecom prompts: a café's menu of risotto and beef stew in sizes XS–XXL,
/// "Classic Lentil Soup" among its pastries, a called number "CAL-988310" and $95.25 for a two-minute call.
@Suite struct CafeAndCallTests {
    @Test(arguments: ["Coffee shop chain", "A cafe", "Coffeehouse"])
    func aCafesMenuIsItsOwn(setting: String) throws {
        let schema = Planner().plan("\(setting): stores (name, city) and menu_items (name, category, size, price)").schema
        let menu = try #require(schema.entity(named: "menu_items"))
        #expect(menu.fields.first { $0.name == "size" }?.values?.contains(.string("Medium")) == true)
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "menu_items"))
        let name = try #require(e.column(named: "name")), category = try #require(e.column(named: "category"))
        for row in TestSupport.table(plan, "menu_items").prefix(200) {
            let c = try #require(ShopGoods.category(named: row[category]), "\(row[category] ?? "") is no café category")
            #expect(c.goods.contains(row[name] ?? ""), "\(row[name] ?? "") among \(c.name)")
        }
    }

    @Test(arguments: [("call_records", "duration_seconds", "cost", 1.0 / 60), ("calls", "duration_minutes", "charge", 1.0),
                      ("cdrs", "seconds", "amount", 1.0 / 60), ("phone_calls", "minutes", "price", 1.0)])
    func aCallCostsByItsLength(names: (String, String, String, Double)) throws {
        let (table, length, cost, perUnit) = names
        let schema = Planner().plan("Telecom: customers (name, phone_number) and \(table) (customer_id, called_number, started_at, \(length), \(cost))").schema
        #expect(schema.entity(named: table)?.fields.first { $0.name == "called_number" }?.kind == "phone.number")
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: table))
        let l = try #require(e.column(named: length)), c = try #require(e.column(named: cost))
        for row in TestSupport.table(plan, table).prefix(300) {
            let minutes = try #require(row[l].flatMap(Double.init)) * perUnit, amount = try #require(row[c].flatMap(Double.init))
            #expect(amount >= minutes * 0.03 - 0.01 && amount <= minutes * 0.24 + 0.01, "\(minutes) min cost \(amount)")
        }
    }
}
