import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's gradebook: a score of 65 out of 47, `letter_grade` a reference to another grade (1, 3),
/// "Assignment A" and "Period E". Drawn score and top names.
@Suite struct GradebookTests {
    static let pairs: [(String, String)] = [("score", "max_score"), ("points", "points_possible"), ("score", "out_of"),
                                            ("marks", "max_marks"), ("points_earned", "max_points"), ("score", "score_max")]

    @Test(arguments: 0..<6)
    func aScoreIsOutOfItsRowsTop(pair: Int) throws {
        let (score, top) = Self.pairs[pair]
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(pair + 1), "entities": [{"name": "grades", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(score)", "type": "integer", "kind": "number.integer", "min": 0, "max": 100},
          {"name": "\(top)", "type": "integer", "kind": "enum", "values": [10, 20, 50, 100]},
          {"name": "letter_grade", "type": "string", "kind": "education.grade"}]}]}
        """)
        for row in TestSupport.table(plan, "grades") {
            let s = try #require(row[1].flatMap(Double.init)), t = try #require(row[2].flatMap(Double.init))
            #expect(s <= t && s >= 0.45 * t - 0.5, "\(score) \(s) of \(t)")
            if Self.pairs[pair].0 == "score" || Self.pairs[pair].0 == "marks" {
                let letter = try #require(row[3])
                #expect(letter == GradeScale.letter(score: s, top: t), "\(s)/\(t) graded \(letter)")
            }
        }
    }

    @Test func aGradebookReadsAsOne() {
        let schema = Planner().plan("School gradebook: classes (class_name, period, room), students (first_name, last_name) and grades (student_id, class_id, assignment, score, max_score, letter_grade)").schema
        let grades = schema.entity(named: "grades")
        let letter = grades?.fields.first { $0.name == "letter_grade" }
        #expect(letter?.references == nil && letter?.kind == "education.grade", "\(String(describing: letter))")
        #expect(grades?.fields.first { $0.name == "assignment" }?.values?.contains(.string("Homework 1")) == true)
        let period = schema.entity(named: "classes")?.fields.first { $0.name == "period" }
        #expect(period?.type == .integer && period?.max == 8, "\(String(describing: period))")
        // Another row of the same table still by a word that says so.
        let orders = Planner().plan("orders (id, total, previous_order)").schema.entity(named: "orders")
        #expect(orders?.fields.contains { $0.references?.entity == "orders" } == true)
    }
}
