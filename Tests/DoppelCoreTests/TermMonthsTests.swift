import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's insurer wrote a policy from 2020-07-19 to 2021-08-07: a policy, a lease or a contract runs
/// whole months and ends the day before the same date.
@Suite struct TermMonthsTests {
    @Test func aTermEndsTheDayBeforeTheSameDate() {
        let day = { (y: Int, m: Int, d: Int) in CivilTime.days(year: y, month: m, day: d) }
        #expect(CivilTime.termEnd(fromDay: day(2024, 9, 8), months: 12) == day(2025, 9, 7))
        #expect(CivilTime.termEnd(fromDay: day(2024, 9, 8), months: 6) == day(2025, 3, 7))
        #expect(CivilTime.termEnd(fromDay: day(2024, 1, 1), months: 12) == day(2024, 12, 31))
        // a start on the 31st, in a month of 30 or a February: the shorter month's last day, less one
        #expect(CivilTime.termEnd(fromDay: day(2023, 8, 31), months: 6) == day(2024, 2, 28))
        #expect(CivilTime.termEnd(fromDay: day(2024, 2, 29), months: 12) == day(2025, 2, 27))
        var rng = FuzzRandom(seed: 5)
        for _ in 0..<500 {
            let start = Int64(rng.int(0...30_000)), months = rng.int(1...36)
            let end = CivilTime.termEnd(fromDay: start, months: months)
            let a = CivilTime.civil(start), b = CivilTime.civil(end + 1)
            #expect((b.year * 12 + b.month) - (a.year * 12 + a.month) == months, "\(a) + \(months) → \(b)")
            #expect(b.day == a.day || b.day < a.day, "\(a) + \(months) → \(b)")
        }
    }

    @Test(arguments: 1...6) func aPolicyRunsWholeMonths(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (table, months) = rng.pick([("policies", [6, 12]), ("insurance_policies", [6, 12]), ("leases", [6, 12, 24]),
                                        ("tenancies", [6, 12, 24]), ("contracts", [12, 24, 36]), ("warranties", [12, 24, 36])])
        let type = rng.pick(["date", "datetime"])
        let plan = try TestSupport.plan("""
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "start_date", "type": "\(type)"}, {"name": "end_date", "type": "\(type)"}]}]}
            """)
        for row in TestSupport.table(plan, table) {
            guard let a = row[1].flatMap(CivilTime.parse), let b = row[2].flatMap(CivilTime.parse) else { continue }
            let start = CivilTime.floorDiv(a, 86_400), end = CivilTime.floorDiv(b, 86_400)
            #expect(months.contains { CivilTime.termEnd(fromDay: start, months: $0) == end }, "\(table) \(row[1] ?? "") – \(row[2] ?? "")")
        }
    }
}
