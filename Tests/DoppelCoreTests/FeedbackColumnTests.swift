import DoppelJSON
import DoppelText
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A review or feedback column beside the row's rating reviews what the row records, whatever the
/// table is called: its mood follows the rating, and it names the row's own noun, not a product.
/// (Only for things the writer knows: a lesson, a stay, a ride; not a repair.)
@Suite struct FeedbackColumnTests {
    @Test(arguments: [UInt64(101), 102, 103, 104, 105])
    func feedbackBesideARatingFollowsIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["lessons", "stays", "visits", "sessions", "rides", "tours", "classes", "deliveries", "courses"])
        let text = rng.pick(["feedback", "review", "customer_feedback", "comments", "review_text", "feedback_text"])
        let rating = rng.pick(["rating", "stars", "star_rating"])
        let schema = """
        {"seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(50...400)), "fields": [
          {"name": "id", "primary_key": true}, {"name": "\(rating)", "type": "integer", "min": 1, "max": 5},
          {"name": "\(text)", "type": "text", "kind": "text.review"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let noun = Inflector.singular(entity)
        for r in TestSupport.table(plan, entity) {
            let stars = try #require(r[1].flatMap { Double($0) }), body = try #require(r[2])
            let closers: [String]
            switch RowMood(stars: stars) {
            case .positive: closers = RowPhrases.positiveClosers
            case .mixed: closers = RowPhrases.mixedClosers
            case .negative: closers = RowPhrases.negativeClosers
            }
            #expect(closers.contains { body.hasSuffix($0) }, "\(rating) \(stars): \(body)")
            #expect(body.contains(noun), "\(entity): \(body)")
        }
    }

    /// Feedback on an occasion still to come, cancelled or missed is absent with its rating.
    @Test(arguments: [UInt64(111), 112, 113])
    func feedbackOnAnOccasionThatDidNotHappenIsAbsent(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let schema = """
        {"seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "lessons", "rows": \(rng.int(200...800)), "fields": [
          {"name": "id", "primary_key": true}, {"name": "scheduled_at", "type": "datetime", "kind": "datetime.future"},
          {"name": "status", "values": ["scheduled", "completed", "cancelled", "no_show"], "weights": [3, 6, 1.5, 0.5]},
          {"name": "rating", "type": "integer", "min": 1, "max": 5}, {"name": "feedback", "type": "text", "kind": "text.review"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        var written = 0
        for r in TestSupport.table(plan, "lessons") {
            let status = try #require(r[2])
            #expect((r[3] == nil) == (r[4] == nil), "\(r)")
            #expect(r[4] == nil || status == "completed", "\(status): \(r[4] ?? "")")
            if r[4] != nil { written += 1 }
        }
        #expect(written > 0)
    }
}
