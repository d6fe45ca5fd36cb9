import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's estate agency noted after a showing "I had the same issue last week. I disagree, but I see why." and
/// paid an agent 12 % commission. Drawn viewing tables and columns.
@Suite struct HomeViewingTests {
    @Test(arguments: 1...6) func aViewingsFeedbackIsWhatTheClientSaidOfTheHome(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (homes, viewing) = rng.pick([("properties", "showings"), ("listings", "viewings"), ("homes", "open_houses"), ("apartments", "tours")])
        let column = rng.pick(["feedback", "notes", "client_feedback", "comments"])
        let json = """
            {"name": "s", "entities": [
              {"name": "\(homes)", "rows": 10, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "list_price", "type": "decimal", "min": 100000, "max": 900000}]},
              {"name": "\(viewing)", "rows": 80, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "home_id", "type": "integer", "references": "\(homes).id"}, {"name": "\(column)", "type": "text", "kind": "text.comment"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let said = ViewingFeedback.liked + ViewingFeedback.disliked + ViewingFeedback.next + ["No-show", "Client cancelled", "Second viewing"]
        for text in TestSupport.column(plan, viewing, column).compactMap({ $0 }) {
            #expect(said.contains { text.lowercased().contains($0.lowercased().prefix(14)) }, "\(viewing).\(column): \(text)")
        }
    }

    @Test(arguments: ["Real estate agency", "Realtor office", "Property brokerage"])
    func anAgentsCommissionIsAFewPercent(setting: String) throws {
        let f = try #require(Planner().plan("\(setting): agents (name, email, commission_rate), properties (agent_id, list_price)").schema
            .entity(named: "agents")?.fields.first { $0.name == "commission_rate" })
        #expect((f.min ?? 0) >= 1 && (f.max ?? 100) <= 6, "\(setting): \(f)")
    }
}
