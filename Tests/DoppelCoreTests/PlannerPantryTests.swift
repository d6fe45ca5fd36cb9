import Testing
@testable import DoppelPlanner

/// A template made for one setting is found by a compound name's last word only in that setting: a
/// pantry's items are foods, a library's items are books and DVDs. Drawn setting words and columns.
@Suite struct PlannerPantryTests {
    @Test func aPantrysItemsAreFoodsALibrarysAreTitles() throws {
        for (i, setting) in ["Pantry tracker", "Kitchen inventory app", "Home food stock"].enumerated() {
            let columns = ["name", "unit", "quantity", "expires_on"].shuffled()
            let schema = Planner().plan("\(setting): pantry_items (\(columns.joined(separator: ", ")))").schema
            let items = try #require(schema.entities.first { $0.name == "pantry_items" }, "\(i)")
            #expect(items.fields.first { $0.name == "name" }?.kind == "food.ingredient", "\(setting)")
            let units = items.fields.first { $0.name == "unit" }?.values?.compactMap(\.stringValue) ?? []
            #expect(!units.isEmpty && !units.contains("tsp"), "\(setting): \(units)")
        }
        // In a library the library's template still names the compound's items
        let library = Planner().plan("A public library with members, library_items (title, item_type, barcode) and loans").schema
        let types = library.entities.first { $0.name == "library_items" }?.fields.first { $0.name == "item_type" }?.values?.compactMap(\.stringValue) ?? []
        #expect(types.contains("book") && types.contains("dvd"), "\(types)")
    }
}
