import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A dish's vegetarian and vegan flags follow its name: meat and fish rule out both, dairy and eggs a
/// vegan. Drawn dish names, flag spellings, row counts and seeds.
@Suite struct DietFlagTests {
    @Test func namesSayWhatADishHolds() {
        #expect(!DietReading.isVegetarian("Chicken Tikka Masala") && !DietReading.isVegan("Grilled Salmon"))
        #expect(DietReading.isVegetarian("Caprese Salad") && !DietReading.isVegan("Caprese Salad"))
        #expect(DietReading.isVegan("Spicy Vegetable Curry") && DietReading.isVegetarian("Veggie Burger"))
        #expect(DietReading.isVegan("Vegan Cheesecake") && !DietReading.isVegan("Cheesecake"))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func flagsFollowTheDishesName(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["menu_items", "dishes", "meals", "recipes"])
        let (vegetarian, vegan) = rng.pick([("is_vegetarian", "is_vegan"), ("vegetarian", "vegan"), ("is_veggie", "vegan_friendly")])
        let text = """
        {"seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(20...400)), "fields": [
          {"name": "id", "primary_key": true}, {"name": "name", "type": "string", "kind": "text.title"},
          {"name": "category", "values": ["Starters", "Mains", "Desserts", "Drinks"]},
          {"name": "\(vegetarian)", "type": "boolean"}, {"name": "\(vegan)", "type": "boolean"}]}]}
        """
        let plan = try TestSupport.plan(text)
        var meaty = 0
        for r in TestSupport.table(plan, entity) {
            let name = try #require(r[1])
            #expect(r[3] == String(DietReading.isVegetarian(name)), "\(name): \(vegetarian) \(r[3] ?? "")")
            #expect(r[4] == String(DietReading.isVegan(name)), "\(name): \(vegan) \(r[4] ?? "")")
            if r[3] == "false" { meaty += 1 }
        }
        #expect(meaty > 0)
    }

    /// A place's flag is its own: a restaurant's name does not say whether it is vegetarian.
    @Test func aPlacesFlagIsLeftToItsOwnKind() throws {
        let plan = try TestSupport.plan("""
        {"seed": 5, "entities": [{"name": "restaurants", "rows": 400, "fields": [
          {"name": "id", "primary_key": true}, {"name": "name", "type": "string", "kind": "text.title"},
          {"name": "is_vegetarian", "type": "boolean", "probability": 0.1}]}]}
        """)
        let vegetarian = TestSupport.column(plan, "restaurants", "is_vegetarian").filter { $0 == "true" }.count
        #expect(vegetarian < 100, "\(vegetarian) of 400 restaurants")
    }
}
