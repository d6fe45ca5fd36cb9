import Foundation
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A booking is made before what it books starts, never after the data's moment; a booking of something
/// with its own start starts when that does, and its status agrees (a past class is not still `confirmed`).
@Suite struct BookingTimesTests {
    static let starts = ["starts_at", "scheduled_at", "start_time", "appointment_date", "check_in", "event_date", "pickup_time"]

    @Test(arguments: [UInt64(2301), 2302, 2303, 2304, 2305])
    func aRecordIsMadeBeforeItsStart(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["appointments", "reservations", "bookings", "consultations", "visits", "rides"])
        let creation = rng.pick(["created_at", "booked_at", "reserved_at", "requested_at"])
        let start = rng.pick(Self.starts)
        let startType = rng.pick(["datetime", "date"])
        let startKind = startType == "date" ? rng.pick(["date.future", "date.between"]) : rng.pick(["datetime.future", "datetime.between"])
        let text = """
        {"seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(1...1500)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(start)", "type": "\(startType)", "kind": "\(startKind)"},
          {"name": "\(creation)", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        let plan = try TestSupport.plan(text)
        let anchor = Double(plan.anchor)
        for row in TestSupport.table(plan, entity) {
            let s = try #require(row[1].flatMap(TestSupport.instant)), c = try #require(row[2].flatMap(TestSupport.instant))
            #expect(c <= (startType == "date" ? s + 86_400 : s) && c <= anchor, "seed \(seed): \(entity) \(row)")
        }
    }

    @Test(arguments: [UInt64(2311), 2312, 2313, 2314])
    func aBookingStartsWhenWhatItBooksStarts(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, child) = rng.pick([("classes", "class_bookings"), ("events", "registrations"), ("tours", "reservations"),
                                        ("sessions", "attendances"), ("shows", "tickets")])
        let start = rng.pick(["starts_at", "start_time", "event_date", "scheduled_at"])
        let type = start == "event_date" ? "date" : "datetime"
        let text = """
        {"seed": \(seed), "entities": [
          {"name": "\(parent)", "rows": \(rng.int(1...60)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(start)", "type": "\(type)", "kind": "\(type).between"}]},
          {"name": "\(child)", "rows": \(rng.int(1...1500)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "parent_id", "type": "integer", "references": "\(parent).id"},
            {"name": "\(start)", "type": "\(type)", "kind": "\(type).future"},
            {"name": "status", "type": "string", "kind": "enum", "values": ["confirmed", "attended", "no_show", "cancelled"]}]}]}
        """
        let plan = try TestSupport.plan(text)
        let starts = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1] ?? "") })
        let anchor = Double(plan.anchor)
        for row in TestSupport.table(plan, child) {
            let own = try #require(row[2]), status = try #require(row[3])
            #expect(own == starts[row[1] ?? ""], "seed \(seed): \(child) \(row)")
            let t = try #require(TestSupport.instant(own))
            if t < anchor - 86_400 { #expect(status != "confirmed", "seed \(seed): \(child) \(row) is past") }
            if t > anchor + 86_400 { #expect(status != "attended" && status != "no_show", "seed \(seed): \(child) \(row) is ahead") }
        }
    }
}
