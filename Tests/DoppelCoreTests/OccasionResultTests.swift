import DoppelJSON
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// An occasion drawn on one side of the time anchor keeps the statuses of both sides, and what it found
/// or gave (a diagnosis, a rating, a score and the result read from it) exists once it took place.
@Suite struct OccasionResultTests {
    static let statusSets: [[(String, Double)]] = [
        [("scheduled", 3), ("completed", 6), ("cancelled", 1.5), ("no_show", 0.5)],
        [("booked", 1), ("attended", 2), ("missed", 1)],
        [("upcoming", 2), ("done", 5), ("cancelled", 1)],
        [("planned", 1), ("finished", 1)],
    ]

    @Test(arguments: [UInt64(81), 82, 83, 84, 85, 86])
    func bothSidesAppearAndResultsFollowTheStatus(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let time = rng.pick(["scheduled_at", "appointment_date", "starts_at", "kickoff_at", "scheduled_for"])
        let type = time.hasSuffix("date") ? "date" : "datetime"
        let kind = rng.pick(["\(type).past", "\(type).future"])
        let statuses = rng.pick(Self.statusSets)
        let results = Array(["diagnosis", "rating", "feedback_score", "outcome", "exam_grade", "findings"].shuffled(using: &rng).prefix(rng.int(1...3)))
        let rows = rng.int(600...3000)
        let resultFields = results.map { name -> String in
            let nullable = rng.chance(0.3) ? ", \"nullable\": 0.2" : ""
            return name.contains("rating") || name.contains("score")
                ? #"{"name": "\#(name)", "type": "integer", "min": 1, "max": 5\#(nullable)}"#
                : #"{"name": "\#(name)", "type": "string", "values": ["good", "fair", "poor"]\#(nullable)}"#
        }
        let text = """
        {"seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "appointments", "rows": \(rows), "fields": [
          {"name": "id", "primary_key": true}, {"name": "\(time)", "type": "\(type)", "kind": "\(kind)"},
          \(resultFields.joined(separator: ", ")),
          {"name": "status", "values": [\(statuses.map { "\"\($0.0)\"" }.joined(separator: ", "))],
           "weights": [\(statuses.map { "\($0.1)" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(text)
        let table = TestSupport.table(plan, "appointments")
        let statusColumn = 2 + results.count
        var upcoming = 0, placed = 0
        for r in table {
            let at = try #require(r[1]), status = try #require(r[statusColumn])
            if let p = PeriodStatusPlan.place(of: status) {
                placed += 1
                if p == .upcoming { upcoming += 1 }
                #expect(p == (at > "2025-01-01" ? .upcoming : .ended) || String(at.prefix(10)) == "2025-01-01", "\(status) at \(at)")
            }
            for c in 2..<statusColumn where r[c] != nil {
                #expect(PeriodStatusPlan.tookPlace(status), "\(results[c - 2]) \(r[c]!) for a \(status) occasion (\(kind))")
            }
        }
        // Both sides keep roughly their weights.
        let placedWeights = statuses.filter { PeriodStatusPlan.place(of: $0.0) != nil }
        let expected = placedWeights.filter { PeriodStatusPlan.place(of: $0.0) == .upcoming }.reduce(0) { $0 + $1.1 }
            / placedWeights.reduce(0) { $0 + $1.1 }
        #expect(abs(Double(upcoming) / Double(placed) - expected) < 0.08, "\(upcoming) of \(placed) upcoming, weights say \(expected)")
        // The resolved schema declares the NULLs the statuses make, so validation passes.
        var checker = DataChecker(schema: plan.schema)
        let block = try #require(DatasetGenerator(plan: plan).block(of: "appointments", rows: 0..<rows))
        for r in 0..<block.rowCount {
            checker.observe(entity: "appointments", row: (0..<block.columns).map { DatasetGenerator.cellJSON(block, row: r, column: $0) })
        }
        for check in checker.report().checks where check.family == .nulls {
            #expect(check.passed, "\(check.target): \(check.detail)")
        }
    }

    /// A match still to be played has no score and no result read from it.
    @Test(arguments: [UInt64(91), 92, 93])
    func aMatchNotYetPlayedHasNoScoreOrResult(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (home, away) = rng.pick([("home_score", "away_score"), ("home_goals", "away_goals"), ("team_a_score", "team_b_score")])
        let text = """
        {"seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "matches", "rows": \(rng.int(300...1500)), "fields": [
          {"name": "id", "primary_key": true}, {"name": "kickoff_at", "type": "datetime", "kind": "datetime.\(rng.pick(["past", "future"]))"},
          {"name": "\(home)", "type": "integer", "min": 0, "max": 5}, {"name": "\(away)", "type": "integer", "min": 0, "max": 5},
          {"name": "result", "values": ["home_win", "away_win", "draw"]},
          {"name": "status", "values": ["scheduled", "completed", "postponed"], "weights": [2, 7, 0.5]}]}]}
        """
        let plan = try TestSupport.plan(text)
        var played = 0, toCome = 0
        for r in TestSupport.table(plan, "matches") {
            let status = try #require(r[5])
            if status == "completed" {
                played += 1
                let a = try #require(r[2].flatMap { Int($0) }), b = try #require(r[3].flatMap { Int($0) })
                #expect(r[4] == (a > b ? "home_win" : a < b ? "away_win" : "draw"))
            } else {
                toCome += 1
                #expect(r[2] == nil && r[3] == nil && r[4] == nil, "\(status): \(r)")
            }
        }
        #expect(played > 0 && toCome > 0)
    }
}
