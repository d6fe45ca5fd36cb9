import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's SaaS accounts had every one churned, each within hours of signing up. Drawn tables and ends.
@Suite struct LifeEndsTests {
    @Test(arguments: 1...8) func mostRowsHaveNotEndedAndAnEndComesMonthsLater(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["accounts", "customers", "subscriptions", "members", "users", "memberships"])
        let word = rng.pick(Array(LifeEnds.shares.keys).sorted())
        let end = word + "_" + rng.pick(["at", "on", "date"])
        let schema = Planner().plan("A service with \(table) (name, created_at, \(end))").schema
        let field = try #require(schema.entity(named: table)?.fields.first { $0.name == end }, "\(table).\(end)")
        #expect(field.nullable.map { $0 >= 0.5 } == true, "\(table).\(end) \(field)")
        var rows = schema.entity(named: table)!
        rows.rows = 400
        var sized = schema
        sized.entities = schema.entities.map { $0.name == table ? rows : $0 }
        let plan = try sized.resolve(ResolveOptions(seed: seed)).get()
        let created = TestSupport.column(plan, table, "created_at").map { $0.flatMap(TestSupport.instant) }
        let ended = TestSupport.column(plan, table, end).map { $0.flatMap(TestSupport.instant) }
        #expect(ended.filter { $0 == nil }.count * 2 > ended.count, "\(table).\(end): most rows have not ended")
        let now = try #require(TestSupport.instant(Schema.defaultReferenceDate))
        for (c, e) in zip(created, ended) {
            guard let c, let e else { continue }
            // A month or more after the start, unless that would pass now; never after now. (A date-only end may
            // fall on the day of a start at any time of it.)
            let soonest = c + 30 * 86_400 <= now ? c + 30 * 86_400 : c
            #expect(e + 86_400 >= soonest && e <= c + 731 * 86_400, "\(table).\(end) \(e) vs created \(c)")
            #expect(e <= now + 86_400, "\(table).\(end) \(e) after now")
        }
    }
}
