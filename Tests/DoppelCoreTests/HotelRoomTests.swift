import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's hotel numbered its rooms "ROO-34549" and put room 523 on the second floor.
@Suite struct HotelRoomTests {
    @Test func aRoomIsNumberedAndOnItsFloor() throws {
        let schema = Planner().plan("Hotel: rooms (number, type, floor, nightly_rate), reservations (room_id, check_in, check_out)").schema
        let number = try #require(schema.entity(named: "rooms")?.fields.first { $0.name == "number" })
        #expect(number.kind == "id.sequence" && number.min == 100 && number.primaryKey, "\(number)")
        let plan = try schema.resolve(ResolveOptions(seed: 3, rows: 600)).get()
        for row in TestSupport.table(plan, "rooms") {
            let n = try #require(row[0].flatMap { Int($0) }), floor = try #require(row[2].flatMap { Int($0) })
            #expect(floor == max(1, n / 100), "room \(n) on floor \(floor)")
        }
    }

    /// Drawn room tables and column names: a three-digit room number says its floor.
    @Test(arguments: [UInt64(1), 2, 3]) func aDrawnRoomsFloorFollowsItsNumber(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 37 &+ 9)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = pick(["rooms", "units", "apartments", "hotel_rooms", "suites"])
        let number = pick(["room_number", "unit_number", "number", "room_no"]), floor = pick(["floor", "floor_number", "level"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(number)", "type": "integer", "kind": "number.integer", "min": 100, "max": 2500},
          {"name": "\(floor)", "type": "integer", "kind": "number.integer", "min": 1, "max": 40}]}]}
        """)
        for row in TestSupport.table(plan, table) {
            let n = try #require(row[1].flatMap { Int($0) }), f = try #require(row[2].flatMap { Int($0) })
            #expect(f == max(1, n / 100), "\(table).\(number) \(n) on \(floor) \(f)")
        }
    }
}

/// A stranger's event tickets were "open" and "closed" like a helpdesk's, and "used" for concerts still to come.
@Suite struct EventTicketTests {
    @Test func aTicketIsValidUntilItsEventAndUsedAfter() throws {
        #expect(PeriodStatusPlan.place(of: "used") == .ended && PeriodStatusPlan.place(of: "scanned") == .ended)
        #expect(PeriodStatusPlan.standIn("valid") == .upcoming && PeriodStatusPlan.standIn("sold") == nil)
        let schema = Planner().plan("Event ticketing: venues (name, city), events (venue_id, name, starts_at), tickets (event_id, seat, price, status)").schema
        let statuses = Set(schema.entity(named: "tickets")?.fields.first { $0.name == "status" }?.values?.compactMap(\.stringValue) ?? [])
        #expect(statuses.contains("used") && !statuses.contains("open"), "\(statuses)")
        let plan = try schema.resolve(ResolveOptions(seed: 5, rows: 300)).get()
        let starts = TestSupport.column(plan, "events", "starts_at").map { $0.flatMap(TestSupport.instant) }
        let t = try #require(plan.entity(named: "tickets"))
        let e = try #require(t.column(named: "event_id")), s = try #require(t.column(named: "status"))
        for row in TestSupport.table(plan, "tickets") {
            guard let id = row[e].flatMap({ Int($0) }), let start = starts[id - 1], let status = row[s] else { continue }
            if start > Double(plan.anchor) { #expect(status != "used", "a ticket used for an event still to come") }
            if start < Double(plan.anchor) { #expect(status != "valid", "a ticket still valid for an event that took place") }
        }
    }
}
