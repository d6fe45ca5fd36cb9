import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's marathon and restaurant prompts: a finish time that was a date in 2022, "Overall Place F",
/// "Km Mark C"; a restaurant's `tables (…)` dropped as a word about the data, a reservation's special
/// requests numbered 1 and 2, and its review praising "the build quality" and "the driver".
@Suite struct RaceAndTableTests {
    @Test(arguments: [("Marathon race results", 7500.0, 23400.0), ("10k race results", 900.0, 21600.0)])
    func aRunnersTimeIsAClockTime(setting: String, low: Double, high: Double) throws {
        let schema = Planner().plan("\(setting): runners (name, age), results (runner_id, finish_time, overall_place, age_group_place) and splits (runner_id, km_mark)").schema
        let results = try #require(schema.entity(named: "results"))
        let finish = try #require(results.fields.first { $0.name == "finish_time" })
        #expect(finish.type == .time && finish.min == low && finish.max == high, "\(finish)")
        #expect(results.fields.first { $0.name == "overall_place" }?.type == .integer)
        #expect(schema.entity(named: "splits")?.fields.first { $0.name == "km_mark" }?.values?.contains(.double(21.1)) == true)
        let plan = try schema.resolve(ResolveOptions()).get()
        for t in TestSupport.column(plan, "results", "finish_time").compactMap({ $0 }).prefix(200) {
            let parts = t.split(separator: ":").compactMap { Double($0) }
            #expect(parts.count == 3)
            let seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
            #expect(seconds >= low && seconds <= high, "\(t)")
        }
    }

    @Test func aRestaurantsTablesAreATable() throws {
        let schema = Planner().plan("Restaurant reservations: tables (table_number, seats, location), reservations (table_id, guest_name, party_size, special_requests) and reviews (reservation_id, rating, comment)").schema
        let tables = try #require(schema.entity(named: "tables"), "\(schema.entities.map(\.name))")
        #expect(tables.fields.map(\.name) == ["table_number", "seats", "location"])
        #expect(tables.fields.first { $0.name == "seats" }?.values?.contains(.int(4)) == true)
        #expect(schema.entity(named: "reservations")?.fields.first { $0.name == "table_id" }?.references?.entity == "tables")
        let plan = try schema.resolve(ResolveOptions()).get()
        let requests = TestSupport.column(plan, "reservations", "special_requests")
        #expect(requests.contains { $0 == nil } && requests.contains { $0 == "Window seat" })
        for comment in TestSupport.column(plan, "reviews", "comment").compactMap({ $0 }) {
            for wrong in ["build quality", "packaging", "driver", "bought"] { #expect(!comment.contains(wrong), "\(comment)") }
        }
        // A list of tables is not a table of its own.
        #expect(Planner().plan("Create tables: customers (name), orders (customer_id, total)").schema.entity(named: "tables") == nil)
    }
}
