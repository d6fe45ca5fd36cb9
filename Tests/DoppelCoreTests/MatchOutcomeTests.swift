import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A match's result follows its score: drawn score-column pairs, result names, label sets and NULL rates;
/// every row's result says what its scores say, and a NULL score leaves the result its own draw.
@Suite struct MatchOutcomeTests {
    @Test(arguments: [UInt64(401), 402, 403, 404, 405, 406])
    func theResultSaysWhatTheScoresSay(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let home = rng.chance(0.6)
        let numbered = home && rng.chance(0.3)
        let (first, second) = numbered ? ("player1_score", "player2_score")
                            : home ? rng.pick([("home_score", "away_score"), ("home_goals", "away_goals"), ("home_points", "away_points")])
                                   : rng.pick([("team_score", "opponent_score"), ("goals_for", "goals_against"), ("points_for", "points_against")])
        let labels = numbered ? ["player1_win", "player2_win", "draw"] : home ? rng.pick([["home_win", "away_win", "draw"], ["Home Win", "Away Win", "Draw"], ["home_win", "away_win", "tie"]])
                          : rng.pick([["win", "loss", "draw"], ["W", "L", "D"], ["won", "lost", "tied"]])
        let result = rng.pick(["result", "outcome", "match_result"])
        let nullRate = rng.pick([0.0, 0.0, 0.2])
        let rows = rng.int(1...3000)
        let schema = """
        {"name": "games", "seed": \(seed), "entities": [{"name": "matches", "rows": \(rows), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(first)", "type": "integer", "kind": "number.integer", "min": 0, "max": \(rng.int(1...9)), "null_rate": \(nullRate)},
          {"name": "\(result)", "type": "string", "kind": "enum", "values": ["\(labels[0])", "\(labels[1])", "\(labels[2])"]},
          {"name": "\(second)", "type": "integer", "kind": "number.integer", "min": 0, "max": \(rng.int(1...9))}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let names = plan.entities[0].fields.map(\.name)
        let a = try #require(names.firstIndex(of: first)), b = try #require(names.firstIndex(of: second)), r = try #require(names.firstIndex(of: result))
        var wrong = 0, nullScores = 0
        for row in TestSupport.table(plan, "matches") {
            guard let x = row[a].flatMap(Double.init), let y = row[b].flatMap(Double.init) else {
                nullScores += 1
                #expect(labels.contains(row[r] ?? ""), "seed \(seed): \(row)")
                continue
            }
            let want = x > y ? labels[0] : x < y ? labels[1] : labels[2]
            if row[r] != want { wrong += 1 }
        }
        #expect(wrong == 0, "seed \(seed): \(wrong) of \(rows) results disagree with \(first)/\(second) (\(labels))")
        #expect(nullRate > 0 || nullScores == 0)
    }

    /// A result whose labels do not say who won (`abandoned`, `final`) is left as drawn.
    @Test func labelsThatNameNoWinnerAreLeftAlone() {
        #expect(SchemaResolver.outcomeLabels(["final", "abandoned", "postponed"], home: true).compactMap { $0 }.isEmpty)
        #expect(SchemaResolver.outcomeLabels(["home_win", "away_win"], home: true) == ["home_win", "away_win", nil])
        #expect(SchemaResolver.outcomeLabels(["draw", "player2_win", "player1_win"], home: true) == ["player1_win", "player2_win", "draw"])
    }
}
