import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A row's end comes after its start when the two are named by opposite verbs or nouns (entered/exited,
/// clock in/out, issue/expiry, hire/termination, reported/resolved, picked up/delivered), over drawn pairs, types and seeds.
@Suite struct OppositeTimesTests {
    static let pairs: [(String, String)] = [
        ("entered_at", "exited_at"), ("entry_time", "exit_time"), ("clock_in", "clock_out"), ("time_in", "time_out"),
        ("issue_date", "expiry_date"), ("issued_on", "expires_on"), ("hire_date", "termination_date"),
        ("reported_at", "resolved_at"), ("submitted_at", "approved_at"), ("installed_on", "removed_on"),
        ("began_at", "ended_at"), ("birth_date", "death_date"), ("departed_at", "landed_at"), ("listed_on", "sold_on"),
        ("logged_in_at", "logged_out_at"), ("opened_on", "closed_on"), ("applied_on", "hired_on"),
        ("picked_up_at", "delivered_at"), ("dispatched_at", "delivered_at"), ("picked_up_at", "dropped_off_at"),
        ("received_at", "completed_at"), ("requested_on", "completed_on"), ("triggered_at", "resolved_at"), ("detected_at", "resolved_at"),
    ]

    @Test(arguments: [UInt64(181), 182, 183, 184])
    func anEndNamedByItsOppositeFollowsTheStart(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (start, end) = rng.pick(Self.pairs)
            let type = rng.pick(["date", "datetime"])
            let nullable = rng.chance(0.5) ? #", "nullable": 0.3"# : ""
            let text = """
            {"name": "t", "seed": \(seed), "entities": [{"name": "visits", "rows": 1500, "fields": [
              {"name": "id", "primary_key": true},
              {"name": "\(end)", "type": "\(type)"\(nullable)}, {"name": "\(start)", "type": "\(type)"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let starts = TestSupport.column(plan, "visits", start), ends = TestSupport.column(plan, "visits", end)
            var n = 0
            for (a, b) in zip(starts, ends) {
                guard let a, let b else { continue }
                #expect(b >= a, "seed \(seed): \(end) \(b) is before \(start) \(a)")
                n += 1
            }
            #expect(n > 500, "seed \(seed): \(start)/\(end) compared \(n) rows")
        }
    }

    /// A flight arrives after it departs; a hotel guest departs after arriving.
    @Test(arguments: [UInt64(185), 186])
    func travelArrivesAfterDepartingAndGuestsLeaveAfterArriving(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let journey = rng.chance(0.5)
            let entity = journey ? rng.pick(["flights", "trips", "train_rides", "bus_journeys"]) : rng.pick(["stays", "guests", "visits", "hotel_bookings"])
            let (departure, arrival) = rng.pick([("departure_time", "arrival_time"), ("departure_date", "arrival_date"), ("departs_at", "arrives_at")])
            let type = departure.hasSuffix("date") ? "date" : "datetime"
            let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 800, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(departure)", "type": "\#(type)"}, {"name": "\#(arrival)", "type": "\#(type)"}]}]}"#)
            let (first, then) = journey ? (departure, arrival) : (arrival, departure)
            let firsts = TestSupport.column(plan, entity, first), thens = TestSupport.column(plan, entity, then)
            for (a, b) in zip(firsts, thens) {
                guard let a, let b else { continue }
                #expect(b >= a, "seed \(seed): \(entity): \(then) \(b) is before \(first) \(a)")
            }
        }
    }
}
