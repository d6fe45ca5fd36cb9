import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's airline prompt: London to Hong Kong in sixteen minutes. A flight between two airports,
/// named by their codes in its row or through its airports table, lands after the way between them at an
/// airliner's speed, with half an hour on the ground. Drawn names, tables and reference shapes.
@Suite struct FlightTimeTests {
    static func airport(_ code: String) -> (Double, Double)? {
        let t = Words.airports
        guard let a = (0..<t.count).first(where: { t.string($0, 0) == code }) else { return nil }
        return (Double(t.string(a, 4)) ?? 0, Double(t.string(a, 5)) ?? 0)
    }

    @Test(arguments: 1...6) func aFlightTakesTheTimeItsWayTakes(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 31 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let from = pick(["origin", "origin_airport", "departure_airport", "from_airport"])
        let to = pick(["destination", "destination_airport", "arrival_airport", "to_airport"])
        let (start, end) = [("departure_time", "arrival_time"), ("departs_at", "arrives_at"), ("departed_at", "arrived_at")][Int(seed % 3)]
        let throughTable = seed % 2 == 0
        let code = throughTable ? "\"references\": \"airports.code\"" : "\"kind\": \"travel.airport_code\""
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [
          {"name": "airports", "rows": 20, "fields": [{"name": "code", "type": "string", "kind": "travel.airport_code", "primary_key": true}]},
          {"name": "\(pick(["flights", "legs", "sectors"]))", "rows": 200, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(from)", "type": "string", \(code)}, {"name": "\(to)", "type": "string", \(code)},
            {"name": "\(start)", "type": "datetime", "kind": "datetime.past"}, {"name": "\(end)", "type": "datetime", "kind": "datetime.past"}]}]}
        """)
        let table = try #require(plan.entities.first { $0.name != "airports" }).name
        var checked = 0
        for row in TestSupport.table(plan, table) {
            guard let a = row[1], let b = row[2], a != b, let pa = Self.airport(a), let pb = Self.airport(b) else { continue }
            let t0 = try #require(row[3].flatMap(TestSupport.instant)), t1 = try #require(row[4].flatMap(TestSupport.instant))
            let km = CityDistancePlan.greatCircleKilometres(pa, pb)
            let hours = Double(t1 - t0) / 3_600
            #expect(hours >= km * 1.02 / 780 + 0.39 && hours <= km * 1.08 / 780 + 0.61, "\(a)→\(b) \(Int(km)) km in \(hours) h")
            checked += 1
        }
        #expect(checked > 150, "\(checked) flights between two known airports")
    }

    /// A flight's seats are its aircraft's (no 101 seats on an ATR 72, no 52 on a Boeing 787-9).
    @Test(arguments: [("aircraft", "seats"), ("aircraft_type", "capacity"), ("plane_type", "total_seats"), ("aircraft_model", "seat_count")])
    func aFlightsSeatsAreItsAircrafts(names: (String, String)) throws {
        let (aircraft, seats) = names
        let schema = Planner().plan("Airline: flights (flight_number, \(aircraft), \(seats))").schema
        #expect(schema.entity(named: "flights")?.fields.first { $0.name == aircraft }?.values?.count == Aircraft.types.count)
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "flights"))
        let a = try #require(e.column(named: aircraft)), s = try #require(e.column(named: seats))
        for row in TestSupport.table(plan, "flights").prefix(300) {
            let type = try #require(row[a]), n = try #require(row[s].flatMap(Double.init))
            let range = try #require(Aircraft.seatsOf[type.lowercased()], "\(type)")
            #expect(range.contains(n) && n == n.rounded(), "a \(type) with \(n) seats")
        }
    }
}
