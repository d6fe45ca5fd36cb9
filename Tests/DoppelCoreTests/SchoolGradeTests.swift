import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's school had a third-grader born in 2000 and a twelfth-grader born in 1998.
@Suite struct SchoolGradeTests {
    /// A pupil's grade is their age on the data's date less five, within the column's range; a school's students
    /// are children, a driving school's grown up.
    @Test(arguments: [UInt64(1), 2, 3]) func aPupilsGradeFollowsTheirAge(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 29 &+ 1)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let grade = pick(["grade_level", "grade", "year_level", "school_grade"])
        let birth = pick(["date_of_birth", "birth_date", "dob"])
        let (low, high) = [(1, 12), (0, 12), (6, 8), (9, 12)][Int(g.next() % 4)]
        let plan = try TestSupport.plan("""
        {"name": "\(pick(["school", "elementary_school", "district"]))", "seed": \(seed), "entities": [{"name": "students", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(grade)", "type": "integer", "kind": "number.integer", "min": \(low), "max": \(high)},
          {"name": "\(birth)", "type": "date", "kind": "person.birth_date"}]}]}
        """)
        let today = CivilTime.civil(CivilTime.floorDiv(plan.anchor, 86_400))
        for row in TestSupport.table(plan, "students") {
            let level = try #require(row[1].flatMap { Int($0) })
            let born = try #require(row[2].flatMap { CivilTime.parse($0) })
            let b = CivilTime.civil(CivilTime.floorDiv(born, 86_400))
            var age = today.year - b.year
            if (today.month, today.day) < (b.month, b.day) { age -= 1 }
            #expect(level == min(max(age - 5, low), high), "\(grade) \(level) at age \(age)")
            // A table with a school grade is of pupils, whatever the dataset is called.
            #expect(age >= 5 && age <= 18, "a pupil of \(age)")
        }
    }

    @Test func aSchoolsStudentsAreChildren() {
        #expect(LifeStage.years(ofEntity: "students", dataset: "school") == 5...18)
        #expect(LifeStage.years(ofEntity: "students", dataset: "high_school") == 5...18)
        #expect(LifeStage.years(ofEntity: "students", dataset: "driving_school") == 18...29)
        #expect(LifeStage.years(ofEntity: "students", dataset: "university") == 18...29)
        #expect(LifeStage.years(ofEntity: "teachers", dataset: "school") == 21...67)
        #expect(LifeStage.years(ofEntity: "students", dataset: "district", schoolGrades: true) == 5...18)
    }
}
