import Testing
import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A match is between two sides: home and away teams when the prompt has teams, two players when it
/// has only players (white and black at chess), never both and no third participant column. A sports
/// league's goals are scored in its matches, not a team's objectives.
@Suite struct PlannerMatchSidesTests {
    @Test(arguments: [UInt64(501), 502, 503, 504, 505])
    func aMatchHasTwoSides(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let teams = rng.chance(0.5)
            let sport = teams ? rng.pick(["football league", "soccer league", "basketball league", "hockey league", "rugby club", "sports league"])
                              : rng.pick(["tennis tournament", "chess club", "badminton league", "table tennis club", "boxing promotion"])
            let match = rng.pick(["matches", "games", "fixtures"])
            var tables = teams ? ["teams", "players", match] : ["players", match]
            if teams, rng.chance(0.5) { tables.append("goals") }
            let prompt = "A \(sport) with " + tables.dropLast().joined(separator: ", ") + " and \(tables.last ?? "")"
            let schema = Planner().plan(prompt).schema
            let m = try #require(schema.entities.first { $0.name == match }, "\(prompt)")
            let refs = m.fields.filter { $0.references != nil }.map(\.name)
            if teams {
                #expect(refs.contains("home_team_id") && refs.contains("away_team_id"), "seed \(seed): \(prompt): \(refs)")
            } else if sport.contains("chess") {
                #expect(refs.contains("white_player_id") && refs.contains("black_player_id"), "seed \(seed): \(prompt): \(refs)")
            } else {
                #expect(refs.contains("player1_id") && refs.contains("player2_id"), "seed \(seed): \(prompt): \(refs)")
            }
            #expect(refs.count == 2 || refs.count == 3 && refs.contains { $0.hasPrefix("season") || $0.hasPrefix("league") || $0.hasPrefix("venue") },
                    "seed \(seed): \(prompt): \(refs)")
            if !teams {
                // Between two players: no home and away scores, a result in the players' terms, no shirt numbers.
                #expect(m.field(named: "home_score") == nil && m.field(named: "away_score") == nil, "seed \(seed): \(prompt): \(m.fields.map(\.name))")
                let values = m.field(named: "result")?.values?.compactMap(\.stringValue) ?? []
                #expect(!values.isEmpty && values.allSatisfy { !$0.contains("home") && !$0.contains("away") }, "seed \(seed): \(prompt): \(values)")
                let players = try #require(schema.entities.first { $0.name == "players" })
                #expect(players.field(named: "position") == nil && players.field(named: "jersey_number") == nil, "seed \(seed): \(prompt): \(players.fields.map(\.name))")
            }
            if let goals = schema.entities.first(where: { $0.name == "goals" }) {
                #expect(goals.fields.contains { $0.references?.entity == match }, "seed \(seed): \(prompt): \(goals.fields.map(\.name))")
                #expect(goals.field(named: "target_value") == nil, "seed \(seed): \(prompt): \(goals.fields.map(\.name))")
            }
        }
    }

    /// Sides listed with a letter or number after the participant (`team_a_id`, `player_2_id`) reference that
    /// table, and the match gets no third participant besides them.
    @Test(arguments: [UInt64(511), 512, 513, 514])
    func listedLetteredSidesAreTheTwoParticipants(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let side = rng.pick(["team", "player", "club", "fighter"])
            let (a, b) = rng.pick([("a", "b"), ("1", "2"), ("one", "two")])
            let sides = Inflector.plural(side)
            let match = rng.pick(["games", "matches", "bouts", "fixtures"])
            let others = rng.pick([side == "player" ? [sides] : ["players", sides], [sides], [sides, "venues"]])
            let columns = ["\(side)_\(a)_id", "\(side)_\(b)_id", "\(side)_\(a)_score", "\(side)_\(b)_score", "result", "played_at"]
            let prompt = "A league with " + others.joined(separator: ", ") + " and \(match) (" + columns.joined(separator: ", ") + ")"
            let schema = Planner().plan(prompt).schema
            let m = try #require(schema.entities.first { $0.name == match }, "\(prompt): \(schema.entities.map(\.name))")
            for column in columns.prefix(2) {
                #expect(m.field(named: column)?.references?.entity == sides, "seed \(seed): \(prompt): \(m.fields.map(\.name))")
            }
            let refs = m.fields.filter { $0.references != nil }.map(\.name)
            #expect(refs.count == 2 || refs.count == 3 && refs.contains { $0.hasPrefix("venue") }, "seed \(seed): \(prompt): \(refs)")
        }
    }

    /// Outside sport a goal is still an objective.
    @Test func anOfficesGoalsAreObjectives() {
        let goals = Planner().plan("Company OKRs: employees, teams and goals").schema.entities.first { $0.name == "goals" }
        #expect(goals?.field(named: "target_value") != nil)
    }
}
