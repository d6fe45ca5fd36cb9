import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A letter grade agrees with its row's score, on every one of 100,000 rows per drawn schema.
@Suite struct GradeCoherenceTests {
    /// The US cut-offs written out again here, so a wrong table in `GradeScale` fails.
    static func expected(_ percent: Double) -> String {
        switch percent {
        case 93...: return "A"
        case 90..<93: return "A-"
        case 87..<90: return "B+"
        case 83..<87: return "B"
        case 80..<83: return "B-"
        case 77..<80: return "C+"
        case 73..<77: return "C"
        case 70..<73: return "C-"
        case 60..<70: return "D"
        default: return "F"
        }
    }

    @Test func letterGradeFollowsTheScore() throws {
        var draw = TextRNG(seed: 0x6EAD_E5)
        for _ in 0..<3 {
            let seed = draw.next() % 1_000_000
            let top = [100, 50, 20][draw.below(3)]
            let type = draw.chance(0.5) ? "integer" : "decimal"
            let schema = """
            {"name": "school", "seed": \(seed), "entities": [{"name": "grades", "rows": 100000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "score", "type": "\(type)", "kind": "number.\(type)", "min": 0, "max": \(top), "nullable": 0.05},
              {"name": "letter_grade", "type": "string", "kind": "education.grade"}]}]}
            """
            let plan = try TestSupport.plan(schema)
            let rows = TestSupport.table(plan, "grades")
            #expect(rows.count == 100_000)
            var broken = 0, firstBroken = ""
            for row in rows {
                guard let letter = row[2] else { broken += 1; continue }
                guard let scoreText = row[1], let score = Double(scoreText) else {
                    if !["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D", "F"].contains(letter) { broken += 1 }
                    continue
                }
                if letter != Self.expected(score / Double(top) * 100) {
                    broken += 1
                    if firstBroken.isEmpty { firstBroken = "\(scoreText)/\(top) → \(letter)" }
                }
            }
            #expect(broken == 0, "seed \(seed) top \(top) \(type): \(broken) rows, first \(firstBroken)")
        }
    }

    /// A score out of 10 or less is not a percentage (a GPA, stars): the grade keeps its own kind.
    @Test func smallScalesAreLeftAlone() throws {
        let plan = try TestSupport.plan("""
        {"name": "gpa", "seed": 1, "entities": [{"name": "grades", "rows": 2000, "fields": [
          {"name": "score", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 4},
          {"name": "letter_grade", "type": "string", "kind": "education.grade"}]}]}
        """)
        let rows = TestSupport.table(plan, "grades")
        let asIfPercent = rows.filter { row in
            guard let s = row[0].flatMap(Double.init), let letter = row[1] else { return false }
            return letter == Self.expected(s / 4 * 100)
        }.count
        #expect(rows.count == 2000 && asIfPercent < 1000, "\(asIfPercent) of \(rows.count) rows read the GPA as a percentage")
    }
}
