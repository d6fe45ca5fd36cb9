import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's estate agency had every viewing next year with feedback already written ("Very keen") and a
/// cancelled viewing with a client who loved the kitchen. What was said after an occasion exists once it took
/// place. Drawn statuses and seeds.
@Suite struct ViewingFeedbackTests {
    @Test(arguments: 1...6) func feedbackExistsOnceTheViewingTookPlace(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let json = """
        {"name": "estate_agency", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["viewings", "showings"]))", "rows": \(rng.int(200...600)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "scheduled_at", "type": "datetime", "kind": "datetime.future"},
            {"name": "status", "kind": "enum", "values": ["scheduled", "completed", "cancelled", "no_show"]},
            {"name": "\(rng.pick(["feedback", "client_feedback"]))", "type": "text", "kind": "text.comment"}]}]}
        """
        let resolved = try TestSupport.plan(json)
        var said = 0
        for row in TestSupport.table(resolved, resolved.entities[0].name) {
            let status = try #require(row[2])
            if status == "completed" { said += row[3] == nil ? 0 : 1 } else { #expect(row[3] == nil, "seed \(seed): \(row)") }
            if status == "scheduled" { #expect((row[1] ?? "") > "2025", "seed \(seed): \(row)") }
        }
        #expect(said > 0, "seed \(seed): no completed viewing has feedback")
    }

    @Test func aPlannedViewingHasAStatus() throws {
        let schema = Planner().plan("A real estate agency with agents, properties, viewings and offers").schema
        let viewings = try #require(schema.entities.first { $0.name == "viewings" })
        #expect(viewings.field(named: "status")?.values?.contains { $0.stringValue == "completed" } == true)
    }
}
