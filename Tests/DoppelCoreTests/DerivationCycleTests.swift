import Testing
@testable import DoppelEngine

/// Rules that would read each other's columns (a title written on its subject, the subject written
/// from its title) never recurse: the later column keeps its own kind. Drawn entities and pairs of
/// text columns; before the fix, a quiz with `title` and `subject` crashed the worker (SIGSEGV).
@Suite struct DerivationCycleTests {
    @Test func textColumnsThatReadEachOtherStillGenerate() throws {
        var g = PlannerFuzzTests.SplitMix(state: 19)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        for round in 0..<40 {
            let entity = pick(["quizzes", "courses", "posts", "events", "tickets", "projects", "books", "podcasts", "newsletters", "widgets"])
            let first = pick(["title", "name", "headline"])
            let second = pick(["subject", "topic", "category", "genre", "type", "summary"])
            let kinds = ["text.title", "text.words", "text.sentence"]
            let plan = try TestSupport.plan(#"""
                {"name": "c", "seed": \#(round), "entities": [{"name": "\#(entity)", "rows": 20, "fields": [
                  {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                  {"name": "\#(first)", "type": "string", "kind": "\#(pick(kinds))"},
                  {"name": "\#(second)", "type": "string", "kind": "\#(pick(kinds))"},
                  {"name": "description", "type": "text", "kind": "text.description"}]}]}
                """#)
            let rows = TestSupport.table(plan, entity)
            #expect(rows.count == 20)
            for row in rows { #expect(row[1].map { !$0.isEmpty } ?? false && row[2].map { !$0.isEmpty } ?? false, "\(entity).\(first)/\(second): \(row)") }
        }
    }
}
