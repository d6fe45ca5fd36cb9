import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing

/// `ResolveOptions.textPools`: named free-text fields draw their values from a
/// given pool, deterministically by (seed, row); everything else is untouched.
@Suite struct TextPoolSeamTests {
    static let schema = #"""
    {"name": "shop", "seed": 11, "entities": [
      {"name": "products", "rows": 5, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "name", "type": "string", "kind": "commerce.product_name"}]},
      {"name": "reviews", "rows": 400, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "product_id", "type": "integer", "references": "products.id"},
        {"name": "body", "type": "text", "kind": "text.review"},
        {"name": "summary", "type": "string", "kind": "text.sentence"},
        {"name": "code", "type": "string", "kind": "id.pattern", "pattern": "RV-######", "unique": true},
        {"name": "stars", "type": "integer", "kind": "commerce.rating"}]}]}
    """#

    static let pool = ["Great value, \"would\" buy again.", "Broke after a week,\nsadly.", "Fine.", "Arrived late; works well.",
                       "Ünïcode and emoji 🎉 survive."]

    func options(seed: UInt64? = nil, _ pools: [String: [String]]) -> ResolveOptions {
        ResolveOptions(seed: seed, textPools: pools)
    }

    @Test func pooledFieldsTakeOnlyPoolTextsAndUseTheWholePool() throws {
        let plan = try TestSupport.plan(Self.schema, options(["reviews.body": Self.pool]))
        let bodies = TestSupport.column(plan, "reviews", "body").compactMap { $0 }
        #expect(bodies.count == 400)
        #expect(bodies.allSatisfy { Self.pool.contains($0) })
        #expect(Set(bodies) == Set(Self.pool))
        // Roughly uniform: each of 5 texts about 80 times in 400 rows.
        let counts = Dictionary(grouping: bodies, by: { $0 }).mapValues(\.count)
        #expect(counts.values.allSatisfy { (40...120).contains($0) })
    }

    @Test func otherFieldsAreUntouched() throws {
        let plain = try TestSupport.plan(Self.schema)
        let pooled = try TestSupport.plan(Self.schema, options(["reviews.body": Self.pool]))
        for name in ["id", "product_id", "summary", "code", "stars"] {
            #expect(TestSupport.column(plain, "reviews", name) == TestSupport.column(pooled, "reviews", name), "\(name)")
        }
        #expect(TestSupport.column(plain, "reviews", "body") != TestSupport.column(pooled, "reviews", "body"))
    }

    @Test func theSameSeedGivesTheSameTextsAndAnotherSeedOthers() throws {
        let pools = ["reviews.body": Self.pool, "reviews.summary": Self.pool]
        let a = try TestSupport.plan(Self.schema, options(pools))
        let b = try TestSupport.plan(Self.schema, options(pools))
        let c = try TestSupport.plan(Self.schema, options(seed: 12, pools))
        #expect(TestSupport.column(a, "reviews", "body") == TestSupport.column(b, "reviews", "body"))
        #expect(TestSupport.column(a, "reviews", "body") != TestSupport.column(c, "reviews", "body"))
        // Two fields with the same pool pick differently.
        #expect(TestSupport.column(a, "reviews", "body") != TestSupport.column(a, "reviews", "summary"))
        // Output bytes do not depend on threads or block size.
        let one = try TestSupport.outputs(a, .csv, threads: 1, blockRows: 7)
        let two = try TestSupport.outputs(a, .csv, threads: 2, blockRows: 64)
        #expect(one == two)
    }

    @Test func writersEscapePoolTexts() throws {
        let plan = try TestSupport.plan(Self.schema, options(["reviews.body": Self.pool]))
        let json = try #require(TestSupport.outputs(plan, .json)["reviews.json"])
        let rows = try #require(JSONParser.parse(json).arrayValue)
        #expect(rows.count == 400)
        #expect(rows.allSatisfy { Self.pool.contains($0["body"]?.stringValue ?? "") })
    }

    @Test func keysUniqueFieldsNonTextFieldsAndEmptyPoolsKeepTheirKind() throws {
        let plain = try TestSupport.plan(Self.schema)
        let pooled = try TestSupport.plan(Self.schema, options([
            "reviews.code": Self.pool, "reviews.stars": Self.pool, "reviews.id": Self.pool, "products.name": [],
            "reviews.missing": Self.pool]))
        for name in ["code", "stars", "id"] {
            #expect(TestSupport.column(plain, "reviews", name) == TestSupport.column(pooled, "reviews", name), "\(name)")
        }
        #expect(TestSupport.column(plain, "products", "name") == TestSupport.column(pooled, "products", "name"))
    }
}
