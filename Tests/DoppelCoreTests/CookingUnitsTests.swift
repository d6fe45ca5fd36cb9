import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// An ingredient is measured the way cooks measure it, and a recipe line's quantity suits its unit:
/// drawn tables (ingredients with or without a unit, recipe lines with or without one of their own),
/// unit value sets and seeds.
@Suite struct CookingUnitsTests {
    @Test func unitsFollowIngredientsAndQuantitiesFollowUnits() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let units = rng.pick([["g", "kg", "ml", "l", "cup", "tbsp", "tsp", "pcs"], ["g", "ml", "tsp", "tbsp", "pcs"],
                                  ["grams", "ml", "teaspoon", "tablespoon", "piece"]])
            let list = units.map { "\"\($0)\"" }.joined(separator: ", ")
            let parentUnit = rng.chance(0.5), lineUnit = !parentUnit || rng.chance(0.5)
            let lines = rng.pick(["recipe_ingredients", "ingredient_lines", "recipe_items"])
            let json = """
            {"name": "c", "seed": \(seed), "entities": [
              {"name": "ingredients", "rows": 60, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "food.ingredient"}\(parentUnit ? #", {"name": "unit", "type": "string", "kind": "enum", "values": [\#(list)]}"# : "")]},
              {"name": "recipes", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "title", "type": "string", "kind": "text.title"}]},
              {"name": "\(lines)", "rows": \(rng.int(100...400)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "recipe_id", "references": "recipes.id"}, {"name": "ingredient_id", "references": "ingredients.id"},
                {"name": "quantity", "type": "decimal", "kind": "number.decimal", "min": 0.1, "max": 500}\(lineUnit ? #", {"name": "unit", "type": "string", "kind": "enum", "values": [\#(list)]}"# : "")]}]}
            """
            let plan = try TestSupport.plan(json)
            var names: [String: (name: String, unit: String?)] = [:]
            for row in TestSupport.table(plan, "ingredients") {
                let name = row[1] ?? ""
                names[row[0] ?? ""] = (name, parentUnit ? row[2] : nil)
                if parentUnit, let want = CookingUnits.unit(of: name, among: units) {
                    #expect(row[2] == want, "seed \(seed): \(name) in \(row[2] ?? "nil"), not \(want)")
                }
            }
            for row in TestSupport.table(plan, lines) {
                let ingredient = try #require(names[row[2] ?? ""])
                let unit = lineUnit ? row[4] : ingredient.unit
                if lineUnit, let own = ingredient.unit { #expect(row[4] == own, "seed \(seed): line unit \(row[4] ?? "") for \(ingredient)") }
                if lineUnit, ingredient.unit == nil, let want = CookingUnits.unit(of: ingredient.name, among: units) {
                    #expect(row[4] == want, "seed \(seed): line unit \(row[4] ?? "") for \(ingredient.name)")
                }
                let q = try #require(Double(row[3] ?? ""))
                if let u = unit, let range = CookingUnits.amount(of: u) {
                    #expect(range.contains(q) && q == q.rounded(), "seed \(seed): \(q) \(u) of \(ingredient.name)")
                }
            }
        }
    }

    @Test func measuresByTheIngredientsWords() {
        #expect(CookingUnits.measure(of: "Black pepper") == .pinch && CookingUnits.measure(of: "Bell pepper") == .piece)
        #expect(CookingUnits.measure(of: "Coconut milk") == .liquid && CookingUnits.measure(of: "Peanut butter") == .spoonful)
        #expect(CookingUnits.measure(of: "Butter") == .weight && CookingUnits.measure(of: "Eggs") == .piece)
        #expect(CookingUnits.measure(of: "Ground cinnamon") == .pinch && CookingUnits.measure(of: "Quinoa") == .weight)
        #expect(CookingUnits.unit(of: "Milk", among: ["g", "cup", "ml"]) == "ml")
        #expect(CookingUnits.unit(of: "Paprika", among: ["teaspoon", "g"]) == "teaspoon")
    }
}
