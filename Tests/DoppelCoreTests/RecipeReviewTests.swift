import Testing
import Foundation
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

/// A review judges each aspect once: "the photos were even worse. To make things worse, the photos were
/// badly handled" repeated itself. Drawn subjects and ratings; every aspect a subject has is counted.
@Suite struct ReviewAspectOnceTests {
    @Test func noAspectIsJudgedTwice() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let (things, noun) = rng.pick([("recipes", "recipe"), ("books", "book"), ("products", "product"), ("hotels", "hotel"),
                                           ("courses", "course"), ("apps", "app"), ("movies", "movie")])
            let json = """
            {"name": "r", "seed": \(seed), "entities": [
              {"name": "\(things)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "text.title"}]},
              {"name": "reviews", "rows": \(rng.int(200...500)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(noun)_id", "references": "\(things).id"},
                {"name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
                {"name": "body", "type": "text", "kind": "text.paragraph"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let aspects = SubjectClass(noun: noun).aspects.map(\.text)
            for row in TestSupport.table(plan, "reviews") {
                let body = (row[3] ?? "").lowercased()
                for aspect in aspects {
                    let count = body.components(separatedBy: aspect.lowercased()).count - 1
                    #expect(count <= 1, "seed \(seed) \(noun): \"\(aspect)\" \(count) times: \(row[3] ?? "")")
                }
            }
        }
    }
}
