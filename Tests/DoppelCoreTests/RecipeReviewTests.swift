import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A recipe is cooked at home: its reviews speak of its instructions, flavour and cooking time, never of a
/// price, a portion served or a delivery. Over drawn prompts and seeds.
@Suite struct RecipeReviewTests {
    @Test(arguments: [UInt64(601), 602, 603])
    func recipeReviewsTalkAboutCooking(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["Recipe app", "Cooking blog", "A recipe sharing site", "Meal planner"])
        let others = ["users", "ingredients", "categories"].filter { _ in rng.chance(0.5) }
        let prompt = "\(setting) with recipes, " + others.map { "\($0), " }.joined() + "and reviews"
        var schema = Planner().plan(prompt).schema
        schema.seed = seed
        let plan = try schema.resolve(ResolveOptions()).get()
        let bodies = TestSupport.column(plan, "reviews", "body").compactMap { $0 }
        #expect(bodies.count > 10, "\(prompt)")
        let foreign = ["price", "portion", "delivery", "packaging", "build quality", "bought"]
        for body in bodies {
            let lower = body.lowercased()
            #expect(!foreign.contains { lower.contains($0) }, "seed \(seed): \(prompt): \(body)")
        }
    }
}
