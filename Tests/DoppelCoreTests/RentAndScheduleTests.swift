import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's gym and property-management prompts: a weekly Monday class starting at
/// "2022-10-19T21:00:58Z"; a 5-bedroom house let for $555 and a studio for $3,219; a deposit of two
/// months and a bit on one lease and half a month on another.
@Suite struct RentAndScheduleTests {
    @Test(arguments: ["day_of_week", "weekday", "day"]) func aWeeklyRowHoldsTimesOfDay(day: String) throws {
        let schema = Planner().plan("A gym: classes (name, instructor, \(day), start_time, duration_minutes)").schema
        let start = schema.entity(named: "classes")?.fields.first { $0.name == "start_time" }
        #expect(start?.type == .time && start?.kind == "time.schedule", "\(String(describing: start))")
        let plan = try schema.resolve(ResolveOptions()).get()
        for t in TestSupport.column(plan, "classes", "start_time") {
            let parts = try #require(t).split(separator: ":").compactMap { Int($0) }
            #expect(parts.count == 3 && (6...21).contains(parts[0]) && parts[1] % 15 == 0 && parts[2] == 0, "\(t ?? "")")
        }
        // With a date of its own, a row's times are instants on that date.
        let dated = Planner().plan("A gym: sessions (trainer, day_of_week, session_date, start_time)").schema
        #expect(dated.entity(named: "sessions")?.fields.first { $0.name == "start_time" }?.type == .datetime)
    }

    /// A home's description says its own rooms, size and city ("An estate listing. The city is Salt Lake City." before).
    @Test(arguments: 1...4) func aHomeIsDescribedByItsRow(seed: UInt64) throws {
        let metric = seed % 2 == 0
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(["listings", "homes", "properties", "rentals"][Int(seed % 4)])", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "city", "type": "string", "kind": "address.city"},
          {"name": "bedrooms", "type": "integer", "kind": "number.integer", "min": 1, "max": 6},
          {"name": "bathrooms", "type": "integer", "kind": "number.integer", "min": 1, "max": 4},
          {"name": "\(metric ? "sqm" : "sqft")", "type": "integer", "kind": "number.integer", "min": 300, "max": 5000},
          {"name": "property_type", "type": "string", "kind": "enum", "values": ["single_family", "condo", "townhouse"]},
          {"name": "description", "type": "text", "kind": "text.description"}]}]}
        """)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let text = try #require(row[6]), size = try #require(Int(row[4] ?? ""))
            let home = HomeListingWriter.homeNoun(try #require(row[5]))
            #expect(text.contains("\(row[2] ?? "")-bedroom, \(row[3] ?? "")-bath \(home) in \(row[1] ?? "")"), "\(text)")
            #expect(text.contains(metric ? "\(size) m²" : "\(HomeListingWriter.grouped(size)) sq ft"), "\(text)")
            #expect(text.hasPrefix("A ") || text.hasPrefix("An "), "\(text)")
        }
        // With a title column, the title names the same home.
        let titled = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "listings", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "title", "type": "string", "kind": "text.title"}, {"name": "city", "type": "string", "kind": "address.city"},
          {"name": "bedrooms", "type": "integer", "kind": "number.integer", "min": 1, "max": 6},
          {"name": "description", "type": "text", "kind": "text.description"}]}]}
        """)
        for row in TestSupport.table(titled, "listings") {
            let title = try #require(row[1]), text = try #require(row[4])
            #expect(title.contains("\(row[3] ?? "")-Bed Home in \(row[2] ?? "")"), "\(title)")
            #expect(text.hasPrefix("A \(row[3] ?? "")-bedroom home in \(row[2] ?? "")"), "\(text)")
            #expect(!text.contains("staff") && !text.contains("transport"), "\(text)")
        }
        #expect(HomeListingWriter.titled("single-family home") == "Single-Family Home")
        #expect(HomeListingWriter.grouped(1_005) == "1,005" && HomeListingWriter.grouped(999) == "999" && HomeListingWriter.grouped(12_340) == "12,340")
    }

    @Test(arguments: 1...5) func aRentFollowsItsHomeAndADepositItsRent(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 41 &+ 7)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let size = pick(["sqft", "square_feet", "sqm", ""]), rent = pick(["monthly_rent", "rent", "rent_amount"])
        let deposit = pick(["security_deposit", "damage_deposit", "bond"])
        let sizeField = size.isEmpty ? "" : #", {"name": "\#(size)", "type": "integer", "kind": "number.integer", "min": 1, "max": 9}"#
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "units", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "bedrooms", "type": "integer", "kind": "number.integer", "min": 0, "max": 9}\(sizeField),
          {"name": "\(rent)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 99999, "precision": 2},
          {"name": "\(deposit)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 99999, "precision": 2}]}]}
        """)
        let e = try #require(plan.entity(named: "units"))
        let b = try #require(e.column(named: "bedrooms")), r = try #require(e.column(named: rent)), d = try #require(e.column(named: deposit))
        let s = size.isEmpty ? nil : e.column(named: size)
        let (low, high): (Double, Double) = size.isEmpty ? (700, 2_200) : size == "sqm" ? (10, 34) : (0.9, 3.2)
        for row in TestSupport.table(plan, "units") {
            let base = try #require(Double(row[s ?? b] ?? "")), monthly = try #require(Double(row[r] ?? ""))
            #expect(monthly >= base * low - 0.01 && monthly <= base * high + 0.01, "\(rent) \(monthly) for \(base) \(size.isEmpty ? "bedrooms" : size)")
            let held = try #require(Double(row[d] ?? ""))
            #expect(held >= monthly - 0.01 && held <= monthly * 2 + 0.01, "\(deposit) \(held) on \(monthly)")
        }
    }
}
