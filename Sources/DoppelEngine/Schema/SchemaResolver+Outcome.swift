/// A match's result follows its score (protocol/SCHEMA.md, *Rows that agree*): 1–4 is not a home
/// win, 0–0 is a draw.
extension SchemaResolver {
    /// Score pairs, first side then second, and whether they name their sides (home/away, player 1/2; else a side and its opponent).
    static let scorePairs: [(String, String, home: Bool)] = [
        ("home_score", "away_score", true), ("home_goals", "away_goals", true), ("home_points", "away_points", true),
        ("home_team_score", "away_team_score", true), ("score_home", "score_away", true), ("home_runs", "away_runs", true),
        ("player1_score", "player2_score", true), ("player_one_score", "player_two_score", true),
        ("team_score", "opponent_score", false), ("our_score", "their_score", false), ("score_for", "score_against", false),
        ("goals_for", "goals_against", false), ("points_for", "points_against", false), ("score", "opponent_score", false),
    ]
    static let outcomeColumns = ["result", "outcome", "match_result", "game_result", "final_result"]
    /// Words that tell two sides apart in otherwise equal names (`team_a_score`/`team_b_score`, `score1`/`score2`).
    /// Written alone or at the end of a word (`team1`, `score2`).
    static let sidePairs: [(String, String)] = [
        ("home", "away"), ("a", "b"), ("1", "2"), ("one", "two"), ("first", "second"), ("white", "black"), ("red", "blue"),
        ("left", "right"),
    ]
    static let scoreWords: Set<String> = ["score", "goals", "points", "runs"]

    /// Whether `u` and `v` are one word for two sides: `a`/`b`, `team1`/`team2`.
    static func namesSides(_ u: String, _ v: String) -> Bool {
        let shared = zip(u, v).prefix { $0 == $1 }.count
        let (x, y) = (String(u.dropFirst(shared)), String(v.dropFirst(shared)))
        return sidePairs.contains { $0 == (x, y) } && (shared == 0 || x.allSatisfy(\.isNumber))
    }

    /// The first pair of numeric score columns in `fields` whose names differ only by their sides' words.
    static func sidedScorePair(_ fields: [Field]) -> (Int, Int)? {
        let scores = fields.indices.filter {
            fields[$0].references == nil && numeric.contains(fields[$0].type)
                && KindInference.tokens(fields[$0].name).contains { t in scoreWords.contains { t.hasPrefix($0) } }
        }
        for a in scores {
            let ta = KindInference.tokens(fields[a].name)
            for b in scores where b != a {
                let tb = KindInference.tokens(fields[b].name)
                guard ta.count == tb.count else { continue }
                let differing = ta.indices.filter { ta[$0] != tb[$0] }
                if differing.count == 1, namesSides(ta[differing[0]], tb[differing[0]]) { return (a, b) }
            }
        }
        return nil
    }

    /// The row's two score columns, first side then second, and whether they name their sides.
    static func scoreColumns(_ fields: [Field]) -> (first: Int, second: Int, home: Bool)? {
        func column(_ name: String) -> Int? {
            fields.firstIndex { $0.name.lowercased() == name && $0.references == nil && Self.numeric.contains($0.type) }
        }
        return Self.scorePairs.lazy.compactMap({ p in column(p.0).flatMap { a in column(p.1).map { (a, $0, p.home) } } }).first
            ?? Self.sidedScorePair(fields).map({ ($0.0, $0.1, true) })
    }

    mutating func applyOutcome(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let rc = Self.column(named: Self.outcomeColumns, in: fields),
              fields[rc].references == nil, case let .kind(own, .random)? = sources[rc],
              let (texts, _) = Self.statusValues(fields[rc], generators[rc]),
              let (first, second, home) = Self.scoreColumns(fields) else { return }
        // Labels that name the sides (`home_win`), else a side's own terms read for the first side (`win`, `loss`).
        var labels = Self.outcomeLabels(texts, home: home)
        if home, labels[0] == nil || labels[1] == nil { labels = Self.outcomeLabels(texts, home: false) }
        // Both sides must be able to win; a missing level label leaves a level score its own draw.
        guard labels[0] != nil, labels[1] != nil else { return }
        sources[rc] = .outcome(OutcomePlan(first: first, second: second, labels: labels, own: own))
    }

    /// Which of `texts` says the first side won, the second side won, and neither.
    static func outcomeLabels(_ texts: [String], home: Bool) -> [String?] {
        func words(_ t: String) -> Set<String> { Set(t.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
        let wins: Set<String> = ["win", "won", "wins", "victory"]
        func find(_ test: (Set<String>) -> Bool) -> String? { texts.first { test(words($0)) } }
        let level = find { !$0.isDisjoint(with: ["draw", "tie", "tied", "drawn", "d"]) }
        if home {
            let first: Set<String> = ["home", "player1", "one", "first", "a", "1", "team1", "white", "red"]
            let second: Set<String> = ["away", "player2", "two", "second", "b", "2", "team2", "black", "blue"]
            return [find { !$0.isDisjoint(with: first) && !$0.isDisjoint(with: wins) }, find { !$0.isDisjoint(with: second) && !$0.isDisjoint(with: wins) }, level]
        }
        return [find { !$0.isDisjoint(with: wins) || $0 == ["w"] }, find { !$0.isDisjoint(with: ["loss", "lost", "lose", "defeat", "l"]) }, level]
    }
}
