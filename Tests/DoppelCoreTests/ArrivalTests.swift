import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's tickets were checked in at 03:01 a year before their concert. Drawn occasions, hops and columns.
@Suite struct ArrivalTests {
    @Test(arguments: 1...10) func aCheckInIsAtTheOccasion(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let occasion = rng.pick(["events", "concerts", "shows", "classes", "sessions", "matches", "screenings"])
        let start = rng.pick(["starts_at", "start_time", "scheduled_at", "event_start"])
        let child = rng.pick(["tickets", "attendees", "registrations", "passes", "entries"])
        let arrival = rng.pick(["checked_in_at", "check_in_time", "scanned_at", "arrived_at", "attended_at"])
        let hop = rng.int(0...1) == 1
        let middle = hop ? """
              {"name": "ticket_types", "rows": 12, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "occasion_id", "type": "integer", "references": "\(occasion).id"}, {"name": "price", "type": "decimal"}]},
            """ : ""
        let json = """
            {"name": "s", "entities": [
              {"name": "\(occasion)", "rows": \(rng.int(2...30)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(start)", "type": "datetime"}]},
              \(middle)
              {"name": "\(child)", "rows": \(rng.int(1...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "parent_id", "type": "integer", "references": "\(hop ? "ticket_types" : occasion).id"},
                {"name": "\(arrival)", "type": "datetime"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let starts = TestSupport.column(plan, occasion, start).map { $0.flatMap(TestSupport.instant) }
        let hops = hop ? TestSupport.column(plan, "ticket_types", "occasion_id").map { $0.flatMap { Int($0) } } : []
        var checked = 0
        for row in TestSupport.table(plan, child) {
            guard var key = row[1].flatMap({ Int($0) }), let at = row[2].flatMap(TestSupport.instant) else { continue }
            if hop { guard let k = hops[key - 1] else { continue }; key = k }
            guard let begins = starts[key - 1] else { continue }
            #expect(at >= begins - 3600 && at <= begins + 900, "\(child).\(arrival) \(row[2] ?? "") vs \(occasion).\(start) \(begins)")
            checked += 1
        }
        #expect(checked > 0)
    }
}
