import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's job board posted a "Support Team Lead" internship at $84,000–107,611.65. An intern is the
/// department's intern on an intern's pay, part-time pay is half a year's, and a range's top is as round as its
/// bottom. Drawn departments, terms, names and seeds.
@Suite struct JobTermsTests {
    @Test(arguments: 1...8) func anInternIsTheDepartmentsInternOnAnInternsPay(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let termsName = rng.pick(["employment_type", "job_type", "contract_type"])
        let intern = rng.pick(["intern", "internship", "Intern"])
        let part = rng.pick(["part_time", "Part-time", "part time"])
        let withDepartment = rng.chance(0.5)
        let department = withDepartment ? #"{"name": "department", "kind": "company.department"},"# : ""
        let json = """
        {"name": "jobs", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["job_postings", "jobs", "openings"]))", "rows": 400, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, \(department)
            {"name": "title", "kind": "company.job_title"},
            {"name": "\(termsName)", "kind": "enum", "values": ["full_time", "\(part)", "contract", "\(intern)"]},
            {"name": "min_salary", "type": "decimal", "kind": "number.decimal"},
            {"name": "max_salary", "type": "decimal", "kind": "number.decimal"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let table = plan.entities[0].name
        let o = withDepartment ? 1 : 0
        var interns = 0
        for row in TestSupport.table(plan, table) {
            let title = try #require(row[1 + o]), terms = try #require(row[2 + o])
            let low = try #require(Double(row[3 + o] ?? "")), high = try #require(Double(row[4 + o] ?? ""))
            #expect(high >= low * 1.1 - 1e-6 && high <= low * 1.8 + 1e-6, "seed \(seed): \(row)")
            if low.truncatingRemainder(dividingBy: 1000) == 0 {
                #expect(high.truncatingRemainder(dividingBy: 1000) == 0, "seed \(seed): \(row) — a round bottom, a ragged top")
            }
            if terms == intern {
                interns += 1
                #expect(title.hasSuffix(" Intern"), "seed \(seed): \(row)")
                if withDepartment { #expect(title == (row[1] ?? "") + " Intern", "seed \(seed): \(row)") }
                #expect(low <= 40_000, "seed \(seed): \(row) — an intern's pay")
            } else {
                #expect(!title.contains("Intern"), "seed \(seed): \(row)")
                if terms == part { #expect(low <= 230_000, "seed \(seed): \(row)") }
            }
        }
        #expect(interns > 0, "seed \(seed): no intern row drawn")
    }

    @Test func partTimePayIsHalfAYears() {
        var a = CellRandom(state: 7), b = CellRandom(state: 7)
        let full = JobLadder.salary(forTitle: "Data Analyst", terms: .full, &a)
        let half = JobLadder.salary(forTitle: "Data Analyst", terms: .partTime, &b)
        #expect(abs(half - full / 2) <= 500)
        #expect(JobLadder.Terms("Part-Time") == .partTime && JobLadder.Terms("apprenticeship") == .intern && JobLadder.Terms("contract") == .full)
    }

    @Test func aShareTopIsAsRoundAsItsBottom() {
        for u in stride(from: 0.0, through: 1.0, by: 0.01) {
            let top = RowContext.shareOf(135_000, low: 1.1, high: 1.8, u)
            #expect(top.truncatingRemainder(dividingBy: 1000) == 0 && top >= 148_500 && top <= 243_000)
            // A ragged bottom, or a share below one (a tax), is left as drawn.
            #expect(abs(RowContext.shareOf(1234.56, low: 1.1, high: 1.8, u) - 1234.56 * (1.1 + 0.7 * u)) < 1e-6)
            #expect(abs(RowContext.shareOf(1000, low: 0.05, high: 0.2, u) - 1000 * (0.05 + 0.15 * u)) < 1e-6)
        }
    }
}
