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

    mutating func applyOutcome(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        func column(_ name: String) -> Int? {
            fields.firstIndex { $0.name.lowercased() == name && $0.references == nil && Self.numeric.contains($0.type) }
        }
        guard let rc = Self.outcomeColumns.lazy.compactMap({ n in fields.firstIndex { $0.name.lowercased() == n } }).first,
              fields[rc].references == nil, case let .kind(own, .random)? = sources[rc],
              let (texts, _) = Self.statusValues(fields[rc], generators[rc]),
              let pair = Self.scorePairs.first(where: { column($0.0) != nil && column($0.1) != nil }),
              let first = column(pair.0), let second = column(pair.1) else { return }
        let labels = Self.outcomeLabels(texts, home: pair.home)
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
            let first: Set<String> = ["home", "player1", "one", "first"], second: Set<String> = ["away", "player2", "two", "second"]
            return [find { !$0.isDisjoint(with: first) && !$0.isDisjoint(with: wins) }, find { !$0.isDisjoint(with: second) && !$0.isDisjoint(with: wins) }, level]
        }
        return [find { !$0.isDisjoint(with: wins) || $0 == ["w"] }, find { !$0.isDisjoint(with: ["loss", "lost", "lose", "defeat", "l"]) }, level]
    }
}
