import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A volunteer organisation's events are volunteer days (not conferences), its donations come through a charity's
/// appeals (not "black_friday" or "retargeting"), and a shift at an event starts on the event's day in working
/// hours (it fell a year after the event, at midnight). Drawn wordings, row counts and seeds.
@Suite struct VolunteerDayTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func shiftsFallOnTheirEventsDay(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let org = rng.pick(["A volunteer nonprofit", "A volunteering charity", "A food bank run by volunteers", "A volunteer network"])
        let day = rng.pick(["event_date", "held_on", "date"])
        let start = rng.pick(["start_time", "starts_at", "shift_start"])
        let end = rng.pick(["end_time", "ends_at", "shift_end"])
        let prompt = "\(org) with volunteers (name, email, joined_on), events (name, location, \(day)), "
            + "shifts (event_id, volunteer_id, \(start), \(end)) and donations (donor_name, amount, donated_on, campaign)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: rng.int(20...120))).get()
        let events = TestSupport.table(plan, "events")
        let nameAt = try #require(plan.entity(named: "events")?.column(named: "name"))
        let dayAt = try #require(plan.entity(named: "events")?.column(named: day))
        let conferenceWords = ["Conference", "Summit", "Expo", "Meetup", "Startup"]
        for row in events {
            #expect(!conferenceWords.contains { (row[nameAt] ?? "").contains($0) }, "\(prompt): event \(row[nameAt] ?? "")")
        }
        let eventDay = Dictionary(events.map { ($0[0] ?? "", $0[dayAt] ?? "") }, uniquingKeysWith: { a, _ in a })
        let e = try #require(plan.entity(named: "shifts")?.column(named: "event_id"))
        let s = try #require(plan.entity(named: "shifts")?.column(named: start))
        var checked = 0
        for row in TestSupport.table(plan, "shifts") {
            guard let id = row[e], let when = row[s], let date = eventDay[id] else { continue }
            #expect(when.hasPrefix(date), "\(prompt): a shift at \(when) for an event on \(date)")
            let hour = Int(when.dropFirst(11).prefix(2)) ?? -1
            #expect((6..<16).contains(hour), "\(prompt): a shift starting at \(when)")
            checked += 1
        }
        #expect(checked > 0)
        let campaigns = TestSupport.column(plan, "donations", "campaign").compactMap { $0 }
        #expect(!campaigns.isEmpty && campaigns.allSatisfy { !$0.contains("_") && !["Black Friday", "Retargeting", "Newsletter"].contains($0) },
                "\(prompt): \(Set(campaigns))")
    }
}
