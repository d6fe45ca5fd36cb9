import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A translator worked from English into English, and a Burgundy was a Merlot. Two sides of one thing differ,
/// and a wine's grape is one its region grows. Drawn names, values and seeds.
@Suite struct SidesAndGrapesTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func twoSidesOfOneThingDiffer(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (a, b) = rng.pick([("source", "target"), ("from", "to"), ("origin", "destination"), ("old", "new"), ("primary", "secondary")])
        let noun = rng.pick(["language", "currency", "warehouse", "color", "tier"])
        let values = Array(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"].prefix(rng.int(3...6)))
        func field(_ side: String) -> String {
            #"{"name": "\#(side)_\#(noun)", "type": "string", "kind": "enum", "values": [\#(values.map { "\"\($0)\"" }.joined(separator: ", "))]}"#
        }
        let json = #"{"name": "t", "entities": [{"name": "rows", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, \#(field(a)), \#(field(b))]}]}"#
        let schema = try Schema.decode(text: json).get()
        let plan = try schema.resolve(ResolveOptions(seed: seed)).get()
        let e = try #require(plan.entity(named: "rows"))
        let ca = try #require(e.column(named: "\(a)_\(noun)")), cb = try #require(e.column(named: "\(b)_\(noun)"))
        var seen = Set<String>()
        for row in TestSupport.table(plan, "rows") {
            let x = try #require(row[ca]), y = try #require(row[cb])
            #expect(x != y, "\(a)_\(noun) and \(b)_\(noun) both \(x)")
            #expect(values.contains(y), "\(y) is none of the column's values")
            seen.insert(y)
        }
        #expect(seen.count == values.count, "every value still drawn: \(seen)")
    }

    @Test func namesThatAreNotTwoSidesKeepTheirOwnDraws() throws {
        let fields = ["source_language", "spoken_language", "home_city", "target_price"].map { name in
            var f = Field(name: name, type: .string, kind: "enum")
            f.values = ["A", "B", "C"].map { .string($0) }
            return f
        }
        #expect(SchemaResolver.sidePairColumns(fields).isEmpty)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aWinesGrapeIsOneItsRegionGrows(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let wines = rng.pick(["wines", "bottles", "labels"])
        let prompt = "\(rng.pick(["A wine shop", "A winery's cellar", "A sommelier's list"])) with \(wines) (name, \(rng.pick(["producer", "winery"])), "
            + "region, vintage, \(rng.pick(["grape", "varietal", "grape_variety"])), price) and customers (name, email)"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 200)).get()
        let e = try #require(plan.entity(named: wines))
        let r = try #require(e.column(named: "region"))
        let g = try #require(["grape", "varietal", "grape_variety"].lazy.compactMap { e.column(named: $0) }.first)
        var checked = 0
        for row in TestSupport.table(plan, wines) {
            guard let region = row[r], let grape = row[g], let grown = WineRegions.grapes[region.lowercased()] else { continue }
            #expect(grown.contains(grape), "\(prompt): a \(grape) from \(region)")
            checked += 1
        }
        #expect(checked > 50)
        // The producer is a winery, not a person.
        let maker = try #require(schema.entity(named: wines)?.fields.first { ["producer", "winery"].contains($0.name) })
        #expect(maker.kind == "enum", "\(prompt): \(maker.kind ?? "-")")
    }
}
