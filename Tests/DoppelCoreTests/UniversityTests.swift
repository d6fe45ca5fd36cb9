import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's university: professors titled "Economics Analyst" on company pay, departments in "Magnolia
/// Road", and a course called "Economics in 3 Weeks". Drawn university prompts.
@Suite struct UniversityTests {
    @Test(arguments: 1...4) func aUniversityReadsLikeOne(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 17 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let school = pick(["University", "College", "A university", "State college"])
        let staff = pick(["professors", "faculty", "lecturers"])
        let prompt = "\(school): departments (name, building, budget), \(staff) (name, department_id, title, hire_date, salary), courses (code, title, department_id, credits)"
        let schema = Planner().plan(prompt).schema
        let building = try #require(schema.entities.first { $0.name == "departments" }?.fields.first { $0.name == "building" })
        #expect(building.kind == "text.title", "\(prompt): building \(building.kind ?? "-")")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        for row in TestSupport.table(plan, staff) {
            let title = try #require(row[3]), salary = try #require(row[5].flatMap(Double.init))
            #expect(title.hasSuffix("Professor") || title.hasSuffix("Lecturer"), "\(staff).title \(title)")
            let band = JobLadder.band(forTitle: title)
            #expect(salary >= band.lowerBound - 500 && salary <= band.upperBound + 500, "\(title) on \(salary)")
            #expect(salary >= 50_000, "\(title) on \(salary)")
        }
        let online = Set(RowTitleWriter.coursePatterns.filter { !RowTitleWriter.academicCoursePatterns.contains($0) }
            .map { $0.replacingOccurrences(of: "{t}", with: "").replacingOccurrences(of: "{n}", with: "").trimmingCharacters(in: .whitespaces) })
        for title in TestSupport.column(plan, "courses", "title").compactMap({ $0 }) {
            #expect(!online.contains { !$0.isEmpty && title.contains($0) }, "\(prompt): \(title)")
        }
    }
}
