import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A brewery's batches were packaged before they were brewed, its beers were called "Aurora Beer", and a taproom
/// sale of 0 pints took $23,864. Drawn wordings and seeds.
@Suite struct BreweryTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func batchesBeersAndPintsAgree(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let packaged = rng.pick(["packaged_on", "kegged_on", "canned_on"])
        let prompt = "\(rng.pick(["A brewery", "A craft brewery", "A brewpub"])) with beers (name, style, abv), batches (beer_id, brewed_on, "
            + "\(packaged), liters) and \(rng.pick(["taproom_sales", "sales", "bar_tabs"])) (beer_id, sold_at, pints, revenue)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        for row in TestSupport.table(plan, "beers") {
            let name = row[1] ?? "", style = row[2] ?? ""
            // Two words and the style ("Midnight Owl Porter"), not a code name and "Beer".
            #expect(name.hasSuffix(style) && name.split(separator: " ").count == style.split(separator: " ").count + 2,
                    "\(prompt): \(name) (\(style))")
        }
        let b = try #require(plan.entity(named: "batches"))
        let brewed = try #require(b.column(named: "brewed_on")), done = try #require(b.column(named: packaged))
        for row in TestSupport.table(plan, "batches") {
            guard let a = row[brewed].flatMap(CivilTime.parse), let z = row[done].flatMap(CivilTime.parse) else { continue }
            let days = (z - a) / 86_400
            #expect(days >= 10 && days <= 42, "\(prompt): packaged \(days) days after brewing")
        }
        let sales = try #require(schema.entities.last)
        let p = try #require(plan.entity(named: sales.name)?.column(named: "pints")), v = try #require(plan.entity(named: sales.name)?.column(named: "revenue"))
        for row in TestSupport.table(plan, sales.name) {
            guard let pints = row[p].flatMap(Double.init), let revenue = row[v].flatMap(Double.init) else { continue }
            #expect((1...6).contains(pints), "\(prompt): \(pints) pints")
            #expect(revenue >= pints * 6 - 0.01 && revenue <= pints * 9 + 0.01, "\(prompt): \(pints) pints for \(revenue)")
        }
    }
}
