import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A recipe's method is cooking steps for its own title, with its own cooking time and servings, and the
/// cooking time is the dish's (a stir-fry takes minutes, a stew an hour). Drawn prompts: table words,
/// method column names, which numbers the table has.
@Suite struct RecipeStepsTests {
    @Test func stepsFollowTheTitleTimeAndServings() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let table = rng.pick(["recipes", "dishes", "meals"])
            let method = rng.pick(["instructions", "directions", "steps", "method"])
            let minutes = rng.pick(["cook_minutes", "cook_time", "cooking_time"])
            var columns = ["title", method, minutes]
            let servings = rng.chance(0.6)
            if servings { columns.append("servings") }
            if rng.chance(0.5) { columns.append("cuisine") }
            columns.shuffle(using: &rng)
            let prompt = "\(rng.pick(["Recipe website", "Cooking app", "Meal planner"])) with users and \(table) (\(columns.joined(separator: ", ")))"
            var schema = Planner().plan(prompt).schema
            schema.seed = seed
            let plan = try schema.resolve(ResolveOptions()).get()
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt)")
            let index = { (name: String) in e.fields.firstIndex { $0.name == name }! }
            for row in TestSupport.table(plan, table) {
                let title = row[index("title")] ?? "", text = row[index(method)] ?? ""
                let context = "seed \(seed): \(prompt): \(title): \(text)"
                #expect(text.hasPrefix("1. ") && text.contains(" 2. ") && !text.contains("{"), "\(context)")
                let m = try #require(Int(row[index(minutes)] ?? ""), "\(context)")
                let range = try #require(RecipeSteps.cookMinutes(title: title), "\(context)")
                #expect(Double(m) >= range.lowerBound && Double(m) <= range.upperBound, "\(context): \(m) minutes, not \(range)")
                let raw = RecipeSteps.dish(title).method == .raw
                #expect(raw || text.contains("for \(m) minute") || text.contains("for \(m - 5) minutes"), "\(context): \(m) minutes")
                if servings { #expect(text.hasSuffix("Serves \(row[index("servings")] ?? "").") , "\(context)") }
            }
        }
    }

    @Test func titlesNameTheDish() {
        let soup = RecipeSteps.dish("Herb-Roasted Lentil Soup")
        #expect(soup.method == .simmer && soup.tasting == ["chopped herbs"])
        let salmon = RecipeSteps.dish("Honey Mustard Salmon")
        #expect(salmon.method == .roast && salmon.tasting == ["honey", "mustard"] && salmon.named == "salmon")
        #expect(RecipeSteps.cookMinutes(title: "Beef Stir-Fry") == 5...15)
        #expect(RecipeSteps.cookMinutes(title: "Slow-Cooked Chicken") == 20...90)
        #expect(RecipeSteps.dish("Greek Salad").method == .raw)
        var r = CellRandom(state: 3)
        let beans = RecipeSteps.write(RecipeSteps.Row(title: "Black Bean Tacos", cookMinutes: 30, servings: 4), &r)
        #expect(beans.contains("Rinse the beans") && beans.hasSuffix("Serves 4."), "\(beans)")
    }

    /// Without a cooking time the step says when it is done once: "Cook in a hot pan with a little oil until everything
    /// is cooked through", not "… until done, until everything is cooked through". Drawn titles.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func aStepWithoutATimeSaysUntilOnce(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let title = rng.pick(["Bibimbap", "Easy Pozole", "Roast Chicken", "Steamed Dumplings", "Beef Stir-Fry", "Banana Bread", "Grilled Salmon",
                              "Lentil Soup"])
        var r = CellRandom(state: seed)
        for minutes in [nil, 12] as [Int?] {
            let text = RecipeSteps.write(RecipeSteps.Row(title: title, cookMinutes: minutes, servings: 4), &r)
            #expect(!text.contains("until done") && text.components(separatedBy: "until").count <= 2, "\(title): \(text)")
            #expect(!text.contains(", until") || minutes != nil || text.contains("halfway") || text.contains("now and then"), "\(title): \(text)")
        }
    }
}
