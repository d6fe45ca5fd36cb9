import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's restaurant: tables numbered "TAB-344878", a check open for eleven days from 04:58, served by
/// "Granite Order", a $3.05 tip on $493.99, ten bowls of soup "Notes on … added to the file", a 470-calorie iced tea.
@Suite struct RestaurantTests {
    static let prompt = "Restaurant: menu_items (name, category, price, is_vegetarian, calories), tables (number, seats), "
        + "orders (table_id, opened_at, closed_at, server_name, total, tip), order_items (order_id, menu_item_id, quantity, notes)"

    @Test(arguments: [UInt64(2), 9]) func aMealReadsLikeOne(seed: UInt64) throws {
        let plan = try Planner().plan(Self.prompt).schema.resolve(ResolveOptions(seed: seed, rows: 300)).get()
        let tables = TestSupport.column(plan, "tables", "number").map { $0.flatMap { Int($0) } }
        #expect(tables == Array(1...tables.count).map { Optional($0) }, "table numbers \(tables.prefix(5))")
        let orders = try #require(plan.entity(named: "orders"))
        let (o, c, s, t, tip) = try (#require(orders.column(named: "opened_at")), #require(orders.column(named: "closed_at")),
                                     #require(orders.column(named: "server_name")), #require(orders.column(named: "total")),
                                     #require(orders.column(named: "tip")))
        for row in TestSupport.table(plan, "orders") {
            let opened = try #require(row[o].flatMap(TestSupport.instant)), closed = try #require(row[c].flatMap(TestSupport.instant))
            #expect(closed - opened >= 1_199 && closed - opened <= 3 * 3_600 + 1, "a meal of \((closed - opened) / 60) minutes")
            let hour = Int(opened.truncatingRemainder(dividingBy: 86_400) / 3_600)
            #expect(hour >= 7 && hour < 22, "seated at \(hour)h")
            let server = try #require(row[s])
            #expect(server.split(separator: " ").count >= 2 && !server.hasSuffix("Order"), "server \(server)")
            let total = try #require(row[t].flatMap(Double.init)), left = try #require(row[tip].flatMap(Double.init))
            #expect(left >= total * 0.05 - 0.01 && left <= total * 0.25 + 0.01, "tip \(left) on \(total)")
        }
        let items = try #require(plan.entity(named: "order_items"))
        let q = try #require(items.column(named: "quantity")), n = try #require(items.column(named: "notes"))
        var notes = 0
        let rows = TestSupport.table(plan, "order_items")
        for row in rows {
            let quantity = try #require(row[q].flatMap { Int($0) })
            #expect((1...4).contains(quantity), "\(quantity) of a dish")
            if let note = row[n] { notes += 1; #expect(!note.contains("file") && !note.contains("Record"), "\(note)") }
        }
        #expect(notes < rows.count / 2, "most lines carry no note: \(notes) of \(rows.count)")
        // Calories by the menu's section.
        let menu = try #require(plan.entity(named: "menu_items"))
        let k = try #require(menu.column(named: "category")), cal = try #require(menu.column(named: "calories"))
        for row in TestSupport.table(plan, "menu_items") {
            let section = try #require(row[k]?.lowercased()), energy = try #require(row[cal].flatMap(Double.init))
            let range = try #require(MenuCourses.calories[section], "\(section)")
            #expect(energy >= range.lowerBound - 1 && energy <= range.upperBound + 1, "\(section): \(energy) kcal")
        }
    }

    /// A tip is left on the bill of any table that has both: a taxi ride's fare, a delivery's subtotal.
    @Test func aTipFollowsItsBill() throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 3, "entities": [{"name": "rides", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "fare", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 80, "precision": 2},
          {"name": "gratuity", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 50, "precision": 2}]}]}
        """)
        for row in TestSupport.table(plan, "rides") {
            let fare = try #require(row[1].flatMap(Double.init)), tip = try #require(row[2].flatMap(Double.init))
            #expect(tip >= fare * 0.05 - 0.01 && tip <= fare * 0.25 + 0.01, "\(tip) on \(fare)")
        }
    }
}
