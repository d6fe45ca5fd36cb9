import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A performance review's text is a manager's feedback that leans the way its rating does, not a product
/// review ("I bought this performance review"). Drawn prompts, column names and seeds.
@Suite struct AppraisalTextTests {
    @Test(arguments: [UInt64(1301), 1302, 1303, 1304])
    func aPerformanceReviewReadsLikeFeedback(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["performance_reviews", "appraisals", "performance_evaluations", "evaluations"])
        let text = rng.pick(["comments", "feedback", "notes", "summary", "review_text"])
        let rating = rng.pick(["rating", "performance_rating", "score"])
        let schema = """
        {"name": "hr", "seed": \(seed), "entities": [
          {"name": "employees", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "full_name", "type": "string", "kind": "person.full_name"}]},
          {"name": "\(entity)", "rows": \(rng.int(1...800)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "employee_id", "type": "integer", "references": "employees.id"},
            {"name": "\(rating)", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
            {"name": "\(text)", "type": "text", "kind": "text.paragraph"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let shopping = ["bought", "purchase", "price", "delivery", "packaging", "recommend it", "worth every penny"]
        for row in TestSupport.table(plan, entity) {
            let body = try #require(row[3]).lowercased(), stars = Int(row[2] ?? "") ?? 3
            #expect(!shopping.contains { body.contains($0) }, "seed \(seed): \(entity).\(text): \(body)")
            if stars >= 4 { #expect(!body.contains("improvement plan") && !body.contains("did not meet"), "seed \(seed): \(stars): \(body)") }
            if stars <= 2 { #expect(!body.contains("exceeded") && !body.contains("outstanding"), "seed \(seed): \(stars): \(body)") }
        }
    }
}
