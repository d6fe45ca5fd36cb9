import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A league's matches draw crowds, their events are a match's (goals, cards, substitutions, not a
/// website's page views), and a match is played at a stadium. Drawn prompts: sport words, table
/// names, column order.
@Suite struct PlannerSportsTests {
    @Test func matchesAndTheirEventsAreSportsData() throws {
        for seed in UInt64(1)...10 {
            var rng = FuzzRandom(seed: seed)
            let league = rng.pick(["Amateur football league", "Sunday soccer league", "Hockey league", "School basketball league"])
            let games = rng.pick(["matches", "games", "fixtures"])
            let events = rng.pick(["match events", "game events"])
            let columns = ["home_team_id", "away_team_id", "venue", "attendance", "home_score"].shuffled(using: &rng)
            let prompt = "\(league): teams (name, city), players (team_id, first_name, position), \(games) (\(columns.joined(separator: ", "))) and \(events) (\(Inflector.singular(games))_id, player_id, minute, event_type)"
            let plan = Planner().plan(prompt).schema
            let table = try #require(plan.entities.first { $0.fields.contains { $0.name == "minute" } }, "\(prompt): \(plan.entities.map(\.name))")
            let types = try #require(table.fields.first { $0.name == "event_type" }?.values, "\(prompt)")
            #expect(types.contains("goal") && !types.contains("page_view"), "\(prompt): \(types)")
            let matches = try #require(plan.entities.first { $0.name == games }, "\(prompt)")
            let attendance = try #require(matches.fields.first { $0.name == "attendance" })
            #expect((attendance.min ?? 0) >= 50, "\(prompt): attendance from \(attendance.min ?? 0)")
            let data = try plan.resolve(ResolveOptions()).get()
            for row in TestSupport.table(data, games).prefix(20) {
                let venue = row[matches.fields.firstIndex { $0.name == "venue" }!] ?? ""
                #expect(venue.hasSuffix("Stadium"), "\(prompt): venue \(venue)")
            }
        }
    }
}
