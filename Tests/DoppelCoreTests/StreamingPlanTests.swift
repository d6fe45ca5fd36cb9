import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's streaming-service prompt: a plan of 1,698 simultaneous streams and a watch history of
/// "Meridian History" and "Granite History".
@Suite struct StreamingPlanTests {
    @Test(arguments: ["watch_history", "viewing_history", "watch_events", "play_history"])
    func aHistoryOfWatchingNamesWhatWasWatched(table: String) {
        let schema = Planner().plan("Streaming service: plans (name, monthly_price, max_streams), subscribers (email, plan_id) and \(table) (subscriber_id, title, watched_at)").schema
        #expect(schema.entity(named: table)?.fields.first { $0.name == "title" }?.kind == "media.title", "\(table)")
        let streams = schema.entity(named: "plans")?.fields.first { $0.name == "max_streams" }
        #expect(streams?.type == .integer && streams?.max == 6)
    }
}
