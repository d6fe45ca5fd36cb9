import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's e-learning platform planned `quiz_attempts` as notes ("Paperwork complete. Cynthia asked for a
/// reminder") with no score, and its Nursing instructor sat in Security. Drawn names, tops and seeds.
@Suite struct QuizAttemptsTests {
    @Test(arguments: 1...8) func aPassIsAScoreAtThePassMark(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let flag = rng.pick(["passed", "pass", "is_passed", "has_passed"])
        // (a score and the top it is out of: a percentage has none)
        let (score, topName) = rng.pick([("score", "max_score"), ("points", "max_points"), ("marks", "max_marks"), ("percentage", "")])
        let withTop = !topName.isEmpty && rng.chance(0.7)
        let top = withTop ? #", {"name": "\#(topName)", "type": "integer", "kind": "enum", "values": [20, 50, 100]}"# : ""
        let json = """
        {"name": "quiz", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["quiz_attempts", "exam_results", "attempts"]))", "rows": 300, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(score)", "type": "integer", "kind": "number.integer", "min": 0, "max": 100}\(top),
            {"name": "\(flag)", "type": "boolean", "kind": "boolean"}]}]}
        """
        let plan = try TestSupport.plan(json)
        var both = Set<Bool>()
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let s = try #require(Double(row[1] ?? "")), outOf = withTop ? try #require(Double(row[2] ?? "")) : 100
            let passed = try #require(row[withTop ? 3 : 2]) == "true"
            #expect(passed == (s >= 0.6 * outOf), "seed \(seed): \(row)")
            both.insert(passed)
        }
        #expect(both.count == 2, "seed \(seed): every attempt passed, or none")
    }

    @Test func aQuizAttemptHasAScoreAndAPass() throws {
        let plan = Planner().plan("An e-learning platform with instructors, courses, lessons, enrollments and quiz attempts")
        let attempts = try #require(plan.schema.entities.first { $0.name == "quiz_attempts" })
        let names = Set(attempts.fields.map(\.name))
        #expect(names.isSuperset(of: ["score", "passed", "attempt_number", "student_id"]), "\(names)")
        #expect(!names.contains("notes"), "\(names)")
    }

    @Test(arguments: 1...4) func anInstructorIsInTheirSubjectsDepartment(seed: UInt64) throws {
        let json = """
        {"name": "school", "seed": \(seed), "entities": [
          {"name": "instructors", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "subject", "kind": "education.subject"}, {"name": "department", "kind": "company.department"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, "instructors") {
            let subject = try #require(row[1]), department = try #require(row[2])
            #expect(department == (SchemaResolver.subjectDepartments[subject]?.first ?? subject), "seed \(seed): \(row)")
        }
    }
}
