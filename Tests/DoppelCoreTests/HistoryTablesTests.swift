import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelText

/// A stranger's "movie streaming service with users, movies, watch history and ratings" planned `watch_histories` with
/// generic columns (occurred_at, notes), linked to ratings instead of movies. A history table keeps its name (no
/// `histories`) and, where the planner knows it, its columns. Drawn settings.
@Suite struct HistoryTablesTests {
    @Test(arguments: [("A movie streaming service with users, movies, watch history and ratings", "watch_history", "movies", "seconds_played"),
                      ("A video platform with viewers, videos and viewing history", "viewing_history", "videos", "seconds_played"),
                      ("A music app with users, songs and listening history", "listening_history", "songs", "seconds_played"),
                      ("products and price history", "price_history", "products", "price"),
                      ("A restaurant with menu items and their price history", "price_history", "menu_items", "price")])
    func aHistoryIsOfItsThings(_ c: (prompt: String, table: String, thing: String, column: String)) throws {
        let schema = Planner().plan(c.prompt).schema
        let history = try #require(schema.entity(named: c.table), "\(c.prompt): \(schema.entities.map(\.name))")
        #expect(history.fields.contains { $0.references?.entity == c.thing }, "\(c.prompt): \(history.fields.map(\.name))")
        #expect(history.fields.contains { $0.name == c.column }, "\(c.prompt): \(history.fields.map(\.name))")
        #expect(!history.fields.contains { $0.name == "notes" }, "\(c.prompt): generic columns \(history.fields.map(\.name))")
        let (e, rows) = try TestSupport.planned(c.prompt, c.table, seed: 7)
        #expect(!rows.isEmpty && e.column(named: c.column) != nil)
    }

    @Test func historyIsUncountable() {
        #expect(Inflector.plural("watch_history") == "watch_history")
        #expect(Inflector.singular("price_history") == "price_history")
        #expect(Inflector.singular("histories") == "history")
    }
}

/// A stranger's fleet had fuel purchases that were online orders shipped overnight. A fill-up is litres at a price per
/// litre, at a fuel station.
@Suite struct FuelPurchasesTests {
    @Test(arguments: ["Fleet management: vehicles, drivers, trips and fuel purchases", "trucks, drivers and fuel logs",
                      "A delivery company with vans and refuelings"])
    func aFillUpIsLitresAtAPrice(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let fuel = try #require(schema.entities.first { ["fuel_purchases", "fuel_logs", "refuelings"].contains($0.name) },
                                "\(prompt): \(schema.entities.map(\.name))")
        #expect(!fuel.fields.contains { ["shipping_method", "order_number"].contains($0.name) }, "\(prompt)")
        let (e, rows) = try TestSupport.planned(prompt, fuel.name, seed: 4)
        let liters = try TestSupport.cells(e, rows, "liters").compactMap(Double.init)
        let price = try TestSupport.cells(e, rows, "price_per_liter").compactMap(Double.init)
        let total = try TestSupport.cells(e, rows, "total_cost").compactMap(Double.init)
        #expect(!total.isEmpty && total.count == liters.count && liters.count == price.count)
        for ((l, p), t) in zip(zip(liters, price), total) { #expect(abs(l * p - t) < 0.011, "\(prompt): \(l) × \(p) ≠ \(t)") }
    }
}
