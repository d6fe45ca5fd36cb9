import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's high school graded 47,077 points on a 50-point "Redwood Assignment", with feedback "A bit smaller than I
/// thought.", handed in three years before it was due, in the 1990 school year. Drawn work, scores and columns.
@Suite struct SchoolworkTests {
    @Test(arguments: 1...8) func gradedWorkAgreesWithItsAssignment(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (work, assignment) = rng.pick([("grades", "assignments"), ("submissions", "assignments"), ("grades", "quizzes"),
                                           ("homework_submissions", "homework"), ("marks", "exams")])
        let score = rng.pick(["points_earned", "points", "score", "marks_obtained"])
        let top = rng.pick(["max_points", "points_possible", "total_points", "out_of"])
        let feedback = rng.pick(["feedback", "comments", "teacher_comment", "remarks"])
        let due = rng.pick(["due_date", "due_at", "deadline"])
        let json = """
            {"name": "s", "entities": [
              {"name": "\(assignment)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "title", "type": "string", "kind": "text.title"}, {"name": "\(due)", "type": "\(due == "due_at" ? "datetime" : "date")"},
                {"name": "\(top)", "type": "integer", "kind": "enum", "values": [10, 20, 50, 100]}]},
              {"name": "\(work)", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "work_id", "type": "integer", "references": "\(assignment).id"},
                {"name": "\(score)", "type": "integer", "min": 0, "max": 100000},
                {"name": "submitted_at", "type": "datetime"}, {"name": "\(feedback)", "type": "text", "kind": "text.sentence"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let parents = TestSupport.table(plan, assignment)
        for p in parents {
            let title = try #require(p[1])
            #expect((RowTitleWriter.schoolworkPatterns + RowTitleWriter.examPatterns).contains { pattern in
                title.hasPrefix(String(pattern.prefix { $0 != "{" }).trimmingCharacters(in: .whitespaces)) }, "\(assignment): \(title)")
        }
        let praise = Set(WorkFeedbackWriter.strong), faults = Set(WorkFeedbackWriter.weak)
        for row in TestSupport.table(plan, work) {
            guard let key = row[1].flatMap({ Int($0) }), let points = row[2].flatMap(Double.init) else { continue }
            let parent = parents[key - 1]
            let most = try #require(parent[3].flatMap(Double.init))
            #expect(points <= most && points >= 0.45 * most - 1, "\(work).\(score) \(points) of \(most)")
            let text = try #require(row[4])
            if points / most >= 0.85 { #expect(praise.contains { text.hasPrefix($0) }, "\(points)/\(most): \(text)") }
            if points / most < 0.5 { #expect(faults.contains { text.hasPrefix($0) }, "\(points)/\(most): \(text)") }
            if let at = row[3].flatMap(TestSupport.instant), let dueAt = parent[2].flatMap(TestSupport.instant) {
                #expect(at >= dueAt - 14 * 86_400 && at <= dueAt + 3 * 86_400, "\(work).submitted_at \(row[3] ?? "") vs due \(parent[2] ?? "")")
            }
        }
    }

    @Test(arguments: ["school_year", "fiscal_year", "academic_year", "tax_year"])
    func aRecordsYearIsRecent(column: String) throws {
        let f = try #require(Planner().plan("Records (name, \(column), amount)").schema.entity(named: "records")?.fields.first { $0.name == column })
        #expect((f.min ?? 0) >= 2015 && (f.max ?? 0) <= 2025, "\(column): \(f)")
    }
}
