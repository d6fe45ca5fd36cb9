import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// Progress and a final grade agree with the status: 100 % and graded once completed, 0 % before it
/// started, under way in between with no grade yet. Drawn status lists, names, scales and row counts.
@Suite struct ProgressStatusTests {
    @Test func progressAndGradeFollowTheStatus() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let statuses = rng.pick([["enrolled", "completed", "dropped"], ["not_started", "in_progress", "completed", "failed"],
                                     ["todo", "doing", "done"], ["active", "finished", "withdrawn"]])
            let progress = rng.pick(Array(SchemaResolver.progressColumns))
            let fraction = rng.chance(0.3)
            let grade = rng.pick(["grade", "final_grade", "letter_grade"])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["enrollments", "tasks", "trainings"]))", "rows": \(rng.int(1...500)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "\(progress)", "type": "decimal", "min": 0, "max": \(fraction ? 1 : 100)},
              {"name": "\(grade)", "type": "string", "kind": "education.grade"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let whole = fraction ? 1.0 : 100.0
            var wrong: [String] = []
            for row in TestSupport.table(plan, plan.entities[0].name) {
                let status = row[1] ?? ""
                let words = Set(status.split(separator: "_").map(String.init))
                let done = !words.isDisjoint(with: SchemaResolver.finishedWords)
                let failed = words.contains("failed")
                guard let p = row[2].flatMap(Double.init) else { wrong.append("\(status): no progress"); continue }
                if done, p != whole { wrong.append("\(status) at \(p)") }
                if status == "not_started" || status == "todo", p != 0 { wrong.append("\(status) at \(p)") }
                if !done, !(status == "not_started" || status == "todo"), !(0 < p && p < whole) { wrong.append("\(status) at \(p)") }
                if (row[3] != nil) != (done || failed) { wrong.append("\(status) graded \(row[3] ?? "NULL")") }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.prefix(3))\n\(json)")
        }
    }
}

extension ProgressStatusTests {
    /// A person's grade is their year: a student still enrolled has one.
    @Test(arguments: ["students", "pupils", "learners"])
    func aPersonsGradeIsNotAResult(entity: String) throws {
        let json = """
        {"name": "s", "seed": 5, "entities": [{"name": "\(entity)", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "status", "type": "string", "kind": "enum", "values": ["enrolled", "graduated", "withdrawn"]},
          {"name": "grade", "type": "integer", "min": 9, "max": 12}]}]}
        """
        let plan = try TestSupport.plan(json)
        #expect(TestSupport.column(plan, entity, "grade").allSatisfy { $0 != nil })
    }
}
