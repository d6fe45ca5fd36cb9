import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's podcast published episode 18 before episode 13 of the same show. Drawn series, installments
/// and column names: within a series, a later installment never has a lower number, and the number counts
/// the periods (a week, a month, a year) from the series' start.
@Suite struct InstallmentTests {
    @Test(arguments: 1...8) func laterInstallmentsHaveHigherNumbers(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 13 &+ 1)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (series, child, number, period) = [("shows", "episodes", "episode_number", 7.0), ("podcasts", "episodes", "episode_no", 7),
                                               ("magazines", "issues", "issue_number", 30), ("series", "seasons", "season", 365),
                                               ("newsletters", "editions", "edition_number", 30)][Int(g.next() % 5)]
        let start = pick(["launched_on", "started_on", "founded_on", "created_at"])
        let time = pick(["published_at", "released_on", "aired_at", "published_on"])
        let plan = try TestSupport.plan("""
            {"name": "media", "entities": [
              {"name": "\(series)", "rows": 12, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(start)", "type": "\(start.hasSuffix("_at") ? "datetime" : "date")"}]},
              {"name": "\(child)", "rows": 400, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "series_id", "type": "integer", "references": "\(series).id"},
                {"name": "\(number)", "type": "integer", "min": 1, "max": 20},
                {"name": "\(time)", "type": "\(time.hasSuffix("_at") ? "datetime" : "date")"}]}]}
            """, ResolveOptions(seed: seed))
        let starts = TestSupport.column(plan, series, start).map { $0.flatMap(TestSupport.instant) }
        var bySeries: [Int: [(Double, Int)]] = [:]
        for row in TestSupport.table(plan, child) {
            let s = try #require(row[1].flatMap(Int.init)), n = try #require(row[2].flatMap(Int.init))
            let t = try #require(row[3].flatMap(TestSupport.instant)), from = try #require(starts[s - 1])
            #expect(n == 1 + Int(((t - from) / (period * 86_400)).rounded(.down)), "\(child).\(number) \(n) at \(row[3] ?? "") after \(starts[s - 1] ?? 0)")
            bySeries[s, default: []].append((t, n))
        }
        for (_, rows) in bySeries {
            let numbers = rows.sorted { $0.0 < $1.0 }.map(\.1)
            #expect(numbers == numbers.sorted() && (numbers.first ?? 1) >= 1, "\(numbers)")
        }
    }
}
