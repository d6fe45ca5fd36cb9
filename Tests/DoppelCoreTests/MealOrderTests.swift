import Testing
@testable import DoppelEngine

/// A stranger's food delivery app: a dinner "shipped", then "returned", delivered six days after it was
/// ordered at 03:32; every restaurant rated a whole 5.0 or 3.0. Drawn meal orders and shop orders.
@Suite struct MealOrderTests {
    static func plan(order: String, source: String, seed: UInt64) throws -> DatasetPlan {
        try TestSupport.plan("""
            {"name": "s", "entities": [
              {"name": "\(source)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "rating", "type": "decimal", "kind": "commerce.rating", "precision": 1}]},
              {"name": "\(order)", "rows": 400, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "source_id", "type": "integer", "references": "\(source).id"},
                {"name": "status", "type": "string", "kind": "commerce.order_status"},
                {"name": "placed_at", "type": "datetime", "kind": "datetime.past"},
                {"name": "delivered_at", "type": "datetime", "kind": "datetime.past"}]}]}
            """, ResolveOptions(seed: seed))
    }

    @Test(arguments: 1...6) func aMealIsCookedAndCarriedWithinHours(seed: UInt64) throws {
        let order = ["orders", "deliveries", "food_orders"][Int(seed % 3)]
        let source = ["restaurants", "menu_items", "kitchens", "dishes"][Int(seed % 4)]
        let plan = try Self.plan(order: order, source: source, seed: seed)
        let meal = Set(Words.mealOrderStatuses.count > 0 ? (0..<Words.mealOrderStatuses.count).map(Words.mealOrderStatuses.string) : [])
        for row in TestSupport.table(plan, order) {
            let status = try #require(row[2])
            #expect(meal.contains(status), "\(order) of \(source): \(status)")
            let placed = try #require(row[3].flatMap(TestSupport.instant))
            let hour = Int(placed.truncatingRemainder(dividingBy: 86_400) / 3_600)
            #expect(hour >= 7 && hour < 22, "placed at \(hour)h")
            if let d = row[4].flatMap(TestSupport.instant) { #expect(d - placed >= 900 && d - placed <= 7_200, "\(status): \((d - placed) / 60) min") }
            #expect((row[4] != nil) == (status == "delivered"), "\(status) with delivered_at \(row[4] ?? "nil")")
        }
        // an average rating has its tenths, and stays on the scale
        let ratings = TestSupport.column(plan, source, "rating").compactMap { $0.flatMap(Double.init) }
        #expect(ratings.allSatisfy { (2.5...5).contains($0) } && ratings.contains { $0 != $0.rounded() })
    }

    @Test func aShopsOrderIsShipped() throws {
        let plan = try Self.plan(order: "orders", source: "stores", seed: 3)
        let statuses = Set(TestSupport.column(plan, "orders", "status").compactMap { $0 })
        #expect(statuses.contains("shipped") && !statuses.contains("preparing"))
    }
}
