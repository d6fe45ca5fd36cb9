import Testing
@testable import DoppelText
@testable import DoppelEngine

/// A cover letter, pitch, motivation or personal statement is written for what its row applies
/// for: it names the referenced project, job or programme, in the form that fits it. Drawn
/// tables, columns and parents.
@Suite struct PitchTextTests {
    @Test func aLetterNamesWhatItAppliesFor() throws {
        var g = PlannerFuzzTests.SplitMix(state: 44)
        let parents: [(table: String, column: String, aim: RowPitchWriter.Aim)] = [
            ("projects", "title", .project), ("jobs", "title", .job), ("positions", "name", .job), ("gigs", "title", .project),
            ("programs", "name", .study), ("job_openings", "title", .job), ("scholarships", "name", .study)]
        let children = ["proposals", "applications", "bids", "submissions", "pitches"]
        let columns = ["cover_letter", "sales_pitch", "elevator_pitch", "personal_statement", "motivation_letter"]
        for round in 0..<14 {
            let parent = parents[Int(g.next() % UInt64(parents.count))]
            let child = children[Int(g.next() % UInt64(children.count))]
            let column = columns[Int(g.next() % UInt64(columns.count))]
            let plan = try TestSupport.plan(#"""
                {"name": "p", "seed": \#(round), "entities": [
                  {"name": "\#(parent.table)", "rows": 6, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "\#(parent.column)", "type": "string", "kind": "text.title"}]},
                  {"name": "\#(child)", "rows": 25, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "\#(parent.table)_id", "type": "integer", "references": "\#(parent.table).id"},
                    {"name": "\#(column)", "type": "text", "kind": "text.paragraph"}]}]}
                """#)
            let names = TestSupport.column(plan, parent.table, parent.column).map { $0 ?? "" }
            for row in TestSupport.table(plan, child) {
                let ref = Int(row[1] ?? "") ?? 0, text = row[2] ?? ""
                let name = names[ref - 1]
                #expect(text.contains(name), "\(child).\(column) for \(parent.table) '\(name)': \(text)")
                let sentences = text.split(separator: ".").count
                #expect(sentences >= 3, "\(text)")
                switch parent.aim {
                case .job: #expect(text.contains("position"), "\(text)")
                case .study, .project: #expect(!text.contains("position"), "\(text)")
                }
            }
        }
    }

    @Test func everyLetterReadsWithTheRightArticles() {
        var r = CellRandom(state: 3)
        for i in 0..<600 {
            let noun = ["project", "job", "program", nil][i % 4]
            let f = RowFacts(form: .pitch, noun: "proposal", subjectName: i % 3 == 0 ? nil : "Apollo Data Platform", subjectNoun: noun)
            let text = RowTextWriter.write(f, &r)
            let words = text.split(separator: " ").map { String($0) }
            for (a, b) in zip(words, words.dropFirst()) where a.lowercased() == "a" || a.lowercased() == "an" {
                #expect((a.lowercased() == "an") == TextPolish.needsAn(Array(b)), "\(a) \(b): \(text)")
            }
        }
    }
}
