import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's users had every one last logged in on the day they signed up. A record's latest activity lies
/// anywhere between its beginning and now, most of them lately. Drawn tables, column names and seeds.
@Suite struct LastActivityTests {
    @Test(arguments: 1...10) func lastActivityFallsBetweenTheStartAndNowMostlyLately(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["users", "accounts", "customers", "devices", "members", "players", "subscribers"])
        let start = rng.pick(["created_at", "signup_date", "registered_at", "installed_on", "joined_on"])
        let doing = rng.pick(["login", "seen", "active", "activity", "order", "visit", "sign_in"])
        // ("latest_active" alone reads as a flag; with a time word it is a moment)
        let last = rng.pick(["last", "latest", "most_recent"]) + "_" + doing + (doing == "active" ? rng.pick(["_at", "_on"]) : rng.pick(["", "_at", "_date", "_on"]))
        let schema = Planner().plan("A service with \(table) (name, \(start), \(last))").schema
        var entity = try #require(schema.entity(named: table), "\(table)")
        entity.rows = 400
        var sized = schema
        sized.entities = schema.entities.map { $0.name == table ? entity : $0 }
        let plan = try sized.resolve(ResolveOptions(seed: seed)).get()
        let started = TestSupport.column(plan, table, start).map { $0.flatMap(TestSupport.instant) }
        let latest = TestSupport.column(plan, table, last).map { $0.flatMap(TestSupport.instant) }
        #expect(latest.count == 400, "\(table).\(last) planned")
        let now = try #require(TestSupport.instant(Schema.defaultReferenceDate))
        var lately = 0, pairs = 0
        for (s, l) in zip(started, latest) {
            guard let s, let l else { continue }
            pairs += 1
            // (a date-only column may fall on the start's day at any time of it)
            #expect(l + 86_400 >= s && l <= now + 86_400, "\(table).\(start) \(s), \(last) \(l)")
            if now > s, Double(l - s) >= 0.5 * Double(now - s) { lately += 1 }
        }
        #expect(pairs > 100, "\(table) (\(start), \(last)): \(pairs) rows with both; \(TestSupport.column(plan, table, start).prefix(2)) \(TestSupport.column(plan, table, last).prefix(2))")
        // Most rows were active in the second half of their life so far (the square of a uniform draw: about 70 %).
        #expect(Double(lately) > 0.6 * Double(pairs), "\(table).\(last): \(lately) of \(pairs) lately")
    }

    @Test func namesOfLatestActivity() {
        for name in ["last_login", "last_login_at", "last_seen_at", "latest_order_date", "most_recent_visit", "last_sign_in_at", "last_active_on"] {
            #expect(LastActivity.names(KindInference.tokens(name)), "\(name)")
        }
        for name in ["last_name", "last_service_date", "last_updated", "login_at", "last_login_attempts", "lastly"] {
            #expect(!LastActivity.names(KindInference.tokens(name)), "\(name)")
        }
    }
}
