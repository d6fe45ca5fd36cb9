import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A comment on an issue, bug, ticket or task is about the work on it, never praise for a post
/// ("I really enjoyed …, and I'm saving it for later"); an issue's description is its record's.
@Suite struct WorkItemCommentTests {
    @Test(arguments: ["issues", "bugs", "tickets", "tasks", "incidents"])
    func commentsOnWorkAreAboutTheWork(parent: String) throws {
        let json = """
        {"name": "s", "seed": 9, "entities": [
          {"name": "\(parent)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "title", "type": "string", "kind": "text.title"}]},
          {"name": "comments", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(String(parent.dropLast()))_id", "references": "\(parent).id"}, {"name": "body", "type": "text"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let bodies = TestSupport.column(plan, "comments", "body").compactMap { $0 }
        #expect(!bodies.isEmpty)
        #expect(bodies.allSatisfy(RowPhrases.workComments.contains), "\(bodies.filter { !RowPhrases.workComments.contains($0) }.prefix(3))")
    }
}
