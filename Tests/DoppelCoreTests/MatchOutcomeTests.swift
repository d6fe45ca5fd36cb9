import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A match's result follows its score: drawn score-column pairs, result names, label sets and NULL rates;
/// every row's result says what its scores say, and a NULL score leaves the result its own draw.
@Suite struct MatchOutcomeTests {
    @Test(arguments: [UInt64(401), 402, 403, 404, 405, 406, 407, 408, 409, 410])
    func theResultSaysWhatTheScoresSay(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let home = rng.chance(0.6)
        let numbered = home && rng.chance(0.3)
        // Sides told apart by a letter or number in otherwise equal names: `team_a_score`/`team_b_score`, `score1`/`score2`.
        let sided = !home && rng.chance(0.5)
        let stem = rng.pick(["team", "player", "side", "fighter"])
        let (x, y) = rng.pick([("a", "b"), ("1", "2"), ("one", "two")])
        let sidedNames = rng.pick([("\(stem)_\(x)_score", "\(stem)_\(y)_score"), ("score_\(x)", "score_\(y)"),
                                   ("\(stem)_\(x)_goals", "\(stem)_\(y)_goals"), ("\(stem)1_points", "\(stem)2_points")])
        let (first, second) = sided ? sidedNames : numbered ? ("player1_score", "player2_score")
                            : home ? rng.pick([("home_score", "away_score"), ("home_goals", "away_goals"), ("home_points", "away_points")])
                                   : rng.pick([("team_score", "opponent_score"), ("goals_for", "goals_against"), ("points_for", "points_against")])
        let perspective = rng.pick([["win", "loss", "draw"], ["W", "L", "D"], ["won", "lost", "tied"]])
        let labels = sided ? (rng.chance(0.5) ? ["\(stem)_\(x)_win", "\(stem)_\(y)_win", "draw"] : perspective)
                   : numbered ? ["player1_win", "player2_win", "draw"] : home ? rng.pick([["home_win", "away_win", "draw"], ["Home Win", "Away Win", "Draw"], ["home_win", "away_win", "tie"]])
                          : perspective
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

    /// Score columns that differ by more than their sides' word are not a pair.
    @Test func onlyNamesThatDifferBySidesPair() throws {
        func fields(_ names: [String]) -> [Field] { names.map { Field(name: $0, type: .integer) } }
        #expect(SchemaResolver.sidedScorePair(fields(["id", "team_a_score", "team_b_score"]))! == (1, 2))
        #expect(SchemaResolver.sidedScorePair(fields(["score1", "score2"]))! == (0, 1))
        #expect(SchemaResolver.sidedScorePair(fields(["team_a_score", "team_b_rank"])) == nil)
        #expect(SchemaResolver.sidedScorePair(fields(["team_a_score", "team_c_score"])) == nil)
        #expect(SchemaResolver.sidedScorePair(fields(["credit_score", "risk_score"])) == nil)
        #expect(SchemaResolver.sidedScorePair(fields(["score", "scorea"])) == nil)
        #expect(SchemaResolver.sidedScorePair(fields(["team1_goals", "team2_goals"]))! == (0, 1))
    }

    /// A result whose labels do not say who won (`abandoned`, `final`) is left as drawn.
    @Test func labelsThatNameNoWinnerAreLeftAlone() {
        #expect(SchemaResolver.outcomeLabels(["final", "abandoned", "postponed"], home: true).compactMap { $0 }.isEmpty)
        #expect(SchemaResolver.outcomeLabels(["home_win", "away_win"], home: true) == ["home_win", "away_win", nil])
        #expect(SchemaResolver.outcomeLabels(["draw", "player2_win", "player1_win"], home: true) == ["player1_win", "player2_win", "draw"])
    }
}
