import Testing
@testable import DoppelEngine
@testable import DoppelText

/// A stranger's hotel chain: "I regret choosing this reservation", three reviews of one stay. A review of an
/// occasion with no name is of the named place it was at, up references; each occasion is reviewed once.
@Suite struct ReviewThroughOccasionTests {
    @Test(arguments: 1...6) func aReviewOfAStayNamesTheHotel(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 23 &+ 9)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (place, unit) = [("hotels", "rooms"), ("restaurants", "dining_tables"), ("clinics", "rooms"), ("gyms", "studios")][Int(g.next() % 4)]
        let occasion = pick(["reservations", "bookings", "stays", "appointments", "visits"])
        let twoHops = g.next() % 2 == 0
        let review = pick(["reviews", "ratings", "feedback"])
        let plan = try TestSupport.plan("""
            {"name": "s", "entities": [
              {"name": "\(place)", "rows": 8, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "company.name", "unique": true}]},
              {"name": "\(unit)", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "place_id", "type": "integer", "references": "\(place).id"}]},
              {"name": "\(occasion)", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "where_id", "type": "integer", "references": "\(twoHops ? unit : place).id"}]},
              {"name": "\(review)", "rows": 150, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "occasion_id", "type": "integer", "references": "\(occasion).id"},
                {"name": "rating", "type": "integer", "min": 1, "max": 5},
                {"name": "comment", "type": "text", "kind": "text.review"}]}]}
            """, ResolveOptions(seed: seed))
        let names = TestSupport.column(plan, place, "name")
        let unitPlace = TestSupport.column(plan, unit, "place_id")
        let whereOf = TestSupport.column(plan, occasion, "where_id")
        var seen = Set<String>()
        for row in TestSupport.table(plan, review) {
            let o = try #require(row[1].flatMap(Int.init)), comment = try #require(row[3])
            #expect(seen.insert(row[1]!).inserted, "\(occasion) \(o) reviewed twice")
            let w = try #require(whereOf[o - 1].flatMap(Int.init))
            let p = twoHops ? try #require(unitPlace[w - 1].flatMap(Int.init)) : w
            let name = try #require(names[p - 1])
            #expect(comment.contains(name), "\(review) of \(occasion) at \(name): \(comment)")
            #expect(!comment.contains("this " + Inflector.singular(occasion)), "\(comment)")
        }
    }
}
