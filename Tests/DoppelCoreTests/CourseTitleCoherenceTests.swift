import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A course's name is about the row's own subject: a Nursing course is not
/// "Engineering 365". Schemas (the entity, the name and category columns, the
/// subjects, seeds) are drawn from a seeded generator; a failure prints the draw.
@Suite struct CourseTitleCoherenceTests {
    static let subjects = ["Nursing", "Accounting", "Photography", "Machine Learning", "Spanish", "Pottery", "Marketing", "Welding"]

    @Test func aCourseNameNamesItsRowsSubject() throws {
        var draw = TextRNG(seed: 0xC0_75E)
        for _ in 0..<6 {
            let seed = draw.next() % 1_000_000
            let entity = ["courses", "classes", "workshops", "trainings"][draw.below(4)]
            let nameColumn = ["title", "name", "course_name"][draw.below(3)]
            let categoryColumn = ["category", "subject", "topic"][draw.below(3)]
            let list = Self.subjects.map { "\"\($0)\"" }.joined(separator: ", ")
            let schema = """
            {"name": "school", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": 5000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(nameColumn)", "type": "string", "kind": "education.course_name"},
              {"name": "\(categoryColumn)", "type": "string", "kind": "enum", "values": [\(list)]}]}]}
            """
            let rows = TestSupport.table(try TestSupport.plan(schema), entity)
            #expect(rows.count == 5000)
            var broken = 0, first = ""
            for row in rows {
                guard let title = row[1], let subject = row[2] else { broken += 1; continue }
                if !title.lowercased().contains(subject.lowercased()) {
                    broken += 1
                    if first.isEmpty { first = "\(subject): \(title)" }
                }
            }
            #expect(broken == 0, "seed \(seed) \(entity).\(nameColumn) by \(categoryColumn): \(broken) rows, first \(first)")
        }
    }
}
