import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A travel agency's trips from `start_date` to `end_date` ended the day they began (a drive's hours, in whole days).
/// Drawn wordings and tables.
@Suite struct TripsInWholeDaysTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aTripInWholeDaysRunsDays(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["trips", "tours", "vacations", "journeys", "cruises"])
        let prompt = "\(rng.pick(["travel agency", "A tour operator", "A travel startup"])) with travelers, "
            + "\(table) (destination, start_date, end_date, budget) and bookings"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let e = try #require(plan.entity(named: table), "\(prompt)")
        let s = try #require(e.column(named: "start_date")), t = try #require(e.column(named: "end_date"))
        var days: [Int] = []
        for row in TestSupport.table(plan, table) {
            guard let a = row[s].flatMap({ CivilTime.parse($0) }), let b = row[t].flatMap({ CivilTime.parse($0) }) else { continue }
            days.append(Int((b - a) / 86_400))
        }
        #expect(days.count > 30)
        #expect(days.allSatisfy { $0 >= 1 && $0 <= 21 }, "\(prompt): \(days.prefix(10))")
    }
}
