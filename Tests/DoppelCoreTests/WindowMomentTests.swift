import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's page events fell outside their sessions (15 of 15) and bed assignments outside their admissions (15
/// of 15). A row that is a moment of its parent (an event, a ping, an assignment, a reading) whose parent has a start
/// and an end falls between them. Drawn names, sizes and seeds.
@Suite struct WindowMomentTests {
    static let windows = [("sessions", "started_at", "ended_at"), ("admissions", "admitted_at", "discharged_at"),
                          ("trips", "start_time", "end_time"), ("visits", "started_at", "ended_at")]
    static let moments = [("events", "occurred_at"), ("pings", "recorded_at"), ("bed_assignments", "assigned_at"),
                          ("readings", "taken_at"), ("alerts", "created_at")]

    @Test(arguments: [UInt64(0x31), 0x32, 0x33, 0x34])
    func aMomentFallsWithinItsParentsWindow(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, start, end) = rng.pick(Self.windows), (child, at) = rng.pick(Self.moments)
        let json = """
        {"name": "w", "seed": \(seed), "entities": [
          {"name": "users", "rows": \(rng.int(2...20)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "created_at", "type": "datetime", "kind": "datetime.past"}]},
          {"name": "\(parent)", "rows": \(rng.int(5...60)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "user_id", "type": "integer", "references": "users.id"},
            {"name": "\(start)", "type": "datetime", "kind": "datetime.past"},
            {"name": "\(end)", "type": "datetime", "kind": "datetime.past"}]},
          {"name": "\(child)", "rows": \(rng.int(20...300)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "user_id", "type": "integer", "references": "users.id"},
            {"name": "\(parent.dropLast())_id", "type": "integer", "references": "\(parent).id"},
            {"name": "\(at)", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let parents = TestSupport.table(plan, parent)
        for row in TestSupport.table(plan, child) {
            let p = try #require(Int(row[2] ?? ""))
            let window = parents[p - 1]
            let t = try #require(row[3]), s = try #require(window[2]), e = try #require(window[3])
            #expect(s <= t && t <= e, "seed \(seed) \(child) \(row) outside \(window)")
        }
    }
}
