import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's shelter had one cat adopted 21 times, and a dealership sold one car nine times. Drawn events
/// that happen to one thing once, their parents and sizes.
@Suite struct OnceEachTests {
    static func schema(_ rng: inout FuzzRandom, events: Int, things: Int) -> (json: String, event: String, thing: String) {
        let (event, thing) = rng.pick([("adoptions", "animals"), ("adoptions", "pets"), ("sales", "cars"), ("vehicle_sales", "vehicles"),
                                       ("purchases", "houses"), ("sales", "artworks"), ("property_sales", "properties")])
        let json = """
            {"name": "s", "entities": [
              {"name": "\(thing)", "rows": \(things), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "buyers", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "\(event)", "rows": \(events), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "thing_id", "type": "integer", "references": "\(thing).id"},
                {"name": "buyer_id", "type": "integer", "references": "buyers.id"}]}]}
            """
        return (json, event, thing)
    }

    @Test(arguments: 1...6) func eachThingIsAdoptedOrSoldOnce(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let things = rng.int(5...300)
        let (json, event, thing) = Self.schema(&rng, events: rng.int(1...things), things: things)
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let keys = TestSupport.column(plan, event, "thing_id")
        #expect(Set(keys).count == keys.count, "\(event) of \(thing): a \(thing) row twice")
        // buyers buy again
        #expect(TestSupport.column(plan, event, "buyer_id").count >= 0)
        // more events than things: no error, the rule steps aside
        var more = FuzzRandom(seed: seed)
        let (over, _, _) = Self.schema(&more, events: 400, things: 20)
        _ = try TestSupport.plan(over, ResolveOptions(seed: seed))
    }

    @Test(arguments: [10, 40, 1_000, 100_000]) func thingsOutnumberTheirSalesAtAnySize(n: Int) throws {
        var rng = FuzzRandom(seed: UInt64(n))
        let (json, event, thing) = Self.schema(&rng, events: 1_000, things: 1_000)
        let schema = try Schema.decode(text: json).get()
        let scaled = RowScale.scaled(schema, factRows: n)
        let rows = { (name: String) in scaled.entities.first { $0.name == name }!.rows }
        #expect(rows(thing) >= rows(event), "\(thing) \(rows(thing)) for \(rows(event)) \(event) at \(n)")
    }
}
