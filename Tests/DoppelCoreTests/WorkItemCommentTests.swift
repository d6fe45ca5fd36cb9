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
        let list = parent == "tasks" ? RowPhrases.taskComments : RowPhrases.workComments
        #expect(bodies.allSatisfy(list.contains), "\(bodies.filter { !list.contains($0) }.prefix(3))")
    }
}

extension WorkItemCommentTests {
    /// Feedback beside a ticket's satisfaction rating is about the support the customer got, and its
    /// mood follows the rating: drawn rating names, scales and row counts.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func ticketFeedbackIsAboutTheSupport(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let rating = rng.pick(["satisfaction_rating", "csat", "rating", "satisfaction_score"])
        let feedback = rng.pick(["feedback", "customer_feedback", "comments", "review"])
        let json = """
        {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["tickets", "support_tickets", "incidents"]))", "rows": \(rng.int(10...300)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(rating)", "type": "integer", "min": 1, "max": 5}, {"name": "\(feedback)", "type": "text"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            guard let stars = row[1].flatMap(Int.init), let text = row[2] else { continue }
            let openers = stars >= 4 ? RowPhrases.positiveSupportOpeners : stars <= 2 ? RowPhrases.negativeSupportOpeners : RowPhrases.mixedSupportOpeners
            #expect(openers.contains { text.hasPrefix($0) }, "seed \(seed): \(stars) stars: \(text)\n\(json)")
        }
    }
}
