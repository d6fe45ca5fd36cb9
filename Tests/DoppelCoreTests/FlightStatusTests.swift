import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's airline had flights of 2020 still `scheduled`, and its hotel's reservations each referenced a
/// review (a review taken for what a reservation is about). Drawn names, windows and seeds.
@Suite struct FlightStatusTests {
    @Test(arguments: 1...8) func aFlightsStatusFollowsItsDeparture(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let departure = rng.pick(["departure_time", "departs_at", "departure_at", "scheduled_departure"])
        let window = rng.pick(["datetime.past", "datetime.future", "datetime.between"])
        let json = """
        {"name": "airline", "seed": \(seed), "reference_date": "2025-01-01", "entities": [
          {"name": "\(rng.pick(["flights", "trains", "departures"]))", "rows": 400, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(departure)", "type": "datetime", "kind": "\(window)"},
            {"name": "status", "kind": "enum", "values": ["scheduled", "on_time", "delayed", "cancelled", "\(rng.pick(["landed", "arrived"]))"]}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let at = try #require(row[1]), status = try #require(row[2])
            if at < "2025-01-01" { #expect(status != "scheduled", "seed \(seed): \(row)") }
            if at >= "2025-01-01" { #expect(status != "landed" && status != "arrived", "seed \(seed): \(row)") }
        }
    }

    @Test func aReservationIsNotAboutAReview() {
        let schema = Planner().plan("A hotel booking system with hotels, rooms, guests, reservations and reviews").schema
        let reservations = schema.entities.first { $0.name == "reservations" }
        #expect(reservations?.fields.contains { $0.references?.entity == "reviews" } == false)
        // A like is still about its post, a play about its track.
        let social = Planner().plan("A social network with users, posts and likes").schema
        #expect(social.entities.first { $0.name == "likes" }?.fields.contains { $0.references?.entity == "posts" } == true)
    }
}
