import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's shop reviews said "I booked this order" and "the driver was disappointing". Drawn reviews of orders
/// and purchases, by table name and rating.
@Suite struct OrderReviewTests {
    @Test(arguments: 1...8) func aReviewOfAnOrderIsAboutOrderingGoods(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let parent = rng.pick(["orders", "purchases", "shop_orders", "online_orders", "checkouts"])
        let child = rng.pick(["reviews", "order_reviews", "feedback", "ratings"])
        let json = """
            {"name": "s", "entities": [
              {"name": "\(parent)", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "created_at", "type": "datetime"}, {"name": "total", "type": "decimal"}]},
              {"name": "\(child)", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "order_id", "type": "integer", "references": "\(parent).id"},
                {"name": "rating", "type": "integer", "min": 1, "max": 5}, {"name": "body", "type": "text"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let bodies = TestSupport.column(plan, child, "body").compactMap { $0 }
        #expect(!bodies.isEmpty)
        for body in bodies {
            let lower = body.lowercased()
            #expect(!lower.contains("driver") && !lower.contains("booked") && !lower.contains("booking process"), "\(parent): \(body)")
            #expect(!lower.contains("placed this purchase") && !lower.contains("placed this checkout"), "\(parent): \(body)")
        }
        // What an order is judged on: its delivery, packaging, items, checkout, price or service.
        let aspects = ["delivery", "packaging", "items", "checkout", "price", "customer service"]
        #expect(bodies.filter { b in aspects.contains { b.lowercased().contains($0) } }.count * 10 >= bodies.count * 9)
    }

    /// A stranger's social app commented on a post "I had the same experience with the characters". Comments on
    /// drawn kinds of writing talk about what writing that makes a point has.
    @Test(arguments: ["posts", "articles", "blog_posts", "essays", "tweets"])
    func aCommentOnAPostIsAboutItsPoint(table: String) throws {
        let json = """
            {"name": "s", "entities": [
              {"name": "\(table)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "content", "type": "text", "kind": "text.paragraph"}]},
              {"name": "comments", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "parent_id", "type": "integer", "references": "\(table).id"}, {"name": "body", "type": "text", "kind": "text.comment"}]}]}
            """
        let plan = try TestSupport.plan(json)
        for body in TestSupport.column(plan, "comments", "body").compactMap({ $0 }) {
            #expect(!["characters", "the plot", "the ending", "the pacing"].contains { body.contains($0) }, "\(table): \(body)")
        }
    }
}
