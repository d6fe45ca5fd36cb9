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
