import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A marina's boats were Hondas and Kias called "Atlas Boat", and a 53-foot slip rented for $17.80 a month.
/// Drawn wordings and seeds.
@Suite struct MarinaTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func boatsAndSlipsAreAMarinas(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let boats = rng.pick(["boats", "yachts", "vessels"])
        let rate = rng.pick(["monthly_rate", "monthly_fee"])
        let prompt = "\(rng.pick(["A marina", "A yacht club", "A harbor"])) with slips (slip_number, length_ft, \(rate)), "
            + "\(boats) (owner_name, boat_name, make, length_ft, year_built) and slip_rentals (slip_id, boat_id, start_date, end_date)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let b = try #require(plan.entity(named: boats))
        let makers = Set((0..<Words.boatMakes.count).map { Words.boatMakes.string($0) })
        for row in TestSupport.table(plan, boats) {
            let make = row[try #require(b.column(named: "make"))] ?? "", name = row[try #require(b.column(named: "boat_name"))] ?? ""
            #expect(makers.contains(make), "\(prompt): a boat made by \(make)")
            #expect(RowTitleWriter.boatNames.contains(name), "\(prompt): a boat called \(name)")
        }
        let s = try #require(plan.entity(named: "slips"))
        let lc = try #require(s.column(named: "length_ft")), rc = try #require(s.column(named: rate))
        for row in TestSupport.table(plan, "slips") {
            guard let length = row[lc].flatMap(Double.init), let monthly = row[rc].flatMap(Double.init), length > 0 else { continue }
            #expect(monthly / length >= 9.99 && monthly / length <= 25.01, "\(prompt): \(length) ft for \(monthly) a month")
        }
    }
}
