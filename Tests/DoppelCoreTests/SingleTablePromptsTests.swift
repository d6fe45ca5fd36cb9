import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// One-line prompts a stranger types first: "Generate 50 customer reviews for a hotel" planned a table
/// `generate_customers` (the request read as a subject that reviews hotels) and no reviews; a review's body said "this
/// customer review is one of the best choices" with its packaging; an electronics store's catalogue sold almonds and
/// jeans; a restaurant review named "Orchid Holdings" and an app review "App E". Drawn wordings.
@Suite struct SingleTablePromptsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func aRequestForReviewsPlansReviewsOfTheThingNamed(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let place = rng.pick(["hotel", "restaurant", "cafe", "gym"])
        let prompt = "\(rng.pick(["Generate", "Create", "Make", ""])) \(rng.pick(["50", "20", "100"])) \(rng.pick(["customer", "guest", ""])) reviews for a \(place)"
            .split(separator: " ").joined(separator: " ")
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let reviews = try #require(schema.entities.first { $0.name.hasSuffix("reviews") }, "\(prompt): \(schema.entities.map(\.name))")
        #expect(!schema.entities.contains { $0.name.hasPrefix("generate") || $0.name.hasPrefix("create") || $0.name.hasPrefix("make") }, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 30)).get()
        let e = try #require(plan.entity(named: reviews.name))
        guard let body = e.fields.firstIndex(where: { $0.type == .text || ["body", "review", "comment", "text"].contains($0.name) }) else { return }
        for row in TestSupport.table(plan, reviews.name) {
            guard let text = row[body] else { continue }
            #expect(!text.contains("this customer review") && !text.contains("this review") && !text.contains("packaging"), "\(prompt): \(text)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func anElectronicsStoresCatalogueIsElectronics(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = rng.pick(["product catalog for an electronics store", "products of a consumer electronics retailer", "an electronics shop with products and orders"])
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let e = try #require(plan.entity(named: "products"))
        let c = try #require(e.column(named: "category")), n = try #require(e.column(named: "name"))
        for row in TestSupport.table(plan, "products") {
            guard let category = row[c], let name = row[n] else { continue }
            let shop = try #require(ShopGoods.category(named: category), "\(prompt): \(category) is no electronics category")
            #expect(shop.goods.contains { name.hasSuffix($0) }, "\(category): \(name)")
        }
    }

    @Test func aReviewedRestaurantOrAppIsNamedAsOne() throws {
        let plan = try Planner().plan("restaurant reviews (restaurant_name, rating, review)").schema.resolve(ResolveOptions(seed: 9, rows: 30)).get()
        for name in TestSupport.column(plan, "restaurant_reviews", "restaurant_name").compactMap({ $0 }) {
            #expect(!["Inc.", "LLC", "Ltd.", "Corp.", "Holdings", "Group"].contains { name.contains($0) } && !name.contains("-"), "\(name)")
        }
        let apps = try Planner().plan("Generate 20 app store reviews with app, rating and review text").schema.resolve(ResolveOptions(seed: 9, rows: 30)).get()
        let table = try #require(apps.entities.first { $0.name.hasSuffix("reviews") }).name
        for app in TestSupport.column(apps, table, "app").compactMap({ $0 }) {
            #expect(!app.hasPrefix("App "), "\(app)")
        }
    }
}
