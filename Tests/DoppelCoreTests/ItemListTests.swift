import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A column named for a set of things holds one to three distinct things of that sort, whether the schema
/// names the kind or leaves it to inference. Over drawn column names, entities and seeds.
@Suite struct ItemListTests {
    static let columns = ["skills", "interests", "hobbies", "languages", "spoken_languages", "amenities", "certifications",
                          "symptoms", "ingredients", "tags", "keywords", "topics"]

    @Test(arguments: [UInt64(201), 202, 203])
    func aSetColumnListsThingsOfItsSort(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let column = rng.pick(Self.columns)
            let entity = rng.pick(["volunteers", "listings", "patients", "recipes", "posts", "candidates"])
            let kind = rng.chance(0.5) ? #", "kind": "text.items""# : ""
            let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(column)", "type": "string"\#(kind)}]}]}"#)
            let table = try #require(ItemLists.table(forColumn: column), "\(column)")
            let known = Set((0..<table.count).map { table.string($0) })
            for cell in TestSupport.column(plan, entity, column) {
                let items = try #require(cell).components(separatedBy: ", ")
                #expect((1...3).contains(items.count), "seed \(seed): \(entity).\(column) = \(cell ?? "")")
                #expect(Set(items).count == items.count, "seed \(seed): \(entity).\(column) repeats: \(cell ?? "")")
                #expect(items.allSatisfy(known.contains), "seed \(seed): \(entity).\(column) = \(cell ?? "")")
            }
        }
    }

    /// A planned table of ingredients names real ones, each once: not random words ("form", "research").
    @Test(arguments: ["Recipe app with recipes, ingredients and recipe ingredients", "A bakery with ingredients and products",
                      "Meal planner: users, recipes, ingredients"])
    func plannedIngredientsAreIngredients(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let known = Set((0..<ItemLists.ingredients.count).map { ItemLists.ingredients.string($0) })
        let names = TestSupport.column(plan, "ingredients", "name").compactMap { $0 }
        #expect(!names.isEmpty, "\(prompt)")
        #expect(names.allSatisfy(known.contains), "\(prompt): \(names.prefix(5))")
        #expect(Set(names).count == names.count, "\(prompt)")
    }
}
