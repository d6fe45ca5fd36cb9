import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's shelter, food-bank and theatre prompts: a dog aged 60, a shift starting three days
/// after its own date, a performance before its production opened, 3 seats grossing $52,478.
/// Drawn column names, types and row counts.
@Suite struct OccasionTimeTests {
    /// A time named `…_time` falls on the row's own day, at a quarter hour; its end still follows it.
    @Test(arguments: 1...10) func aTimeFallsOnItsRowsDay(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 11 &+ 5)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = pick(["shifts", "performances", "classes", "appointments", "sessions", "slots"])
        let day = pick(["shift_date", "date", "performance_date", "class_day", "scheduled_on", "event_date"])
        let start = pick(["start_time", "curtain_time", "begin_time", "doors_time", "pickup_time", "arrival", "checked_in_at", "clock_in_at"])
        let end = start == "begin_time" ? "end_time" : start == "start_time" ? "end_time" : "finish_time"
        let extra = g.next() % 2 == 0 ? #", {"name": "created_at", "type": "datetime", "kind": "datetime.past"}"# : ""
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(table)", "rows": \(100 + g.next() % 900), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(day)", "type": "date", "kind": "date.past"},
          {"name": "\(start)", "type": "datetime", "kind": "datetime.past"},
          {"name": "\(end)", "type": "datetime", "kind": "datetime.past"}\(extra)]}]}
        """)
        let pairs = end == "end_time"  // finish_time is not start_time's partner unless the start is named so
        for row in TestSupport.table(plan, table) {
            let d = try #require(row[1]), s = try #require(row[2])
            #expect(s.hasPrefix(d + "T"), "\(table).\(start) \(s) on \(day) \(d)")
            let t = try #require(TestSupport.instant(s))
            #expect(Int(t) % 900 == 0, "\(start) \(s) not at a quarter hour")
            let hour = Int(t) % 86_400 / 3_600
            #expect((7...21).contains(hour), "\(start) \(s)")
            if pairs, let e = row[3].flatMap(TestSupport.instant) { #expect(e > t, "\(end) \(row[3] ?? "") before \(s)") }
        }
    }

    /// A later time of the same day follows the one named before it, within hours; an end follows its start
    /// within hours too, whatever the table's usual span.
    @Test(arguments: 1...6) func aDaysLaterTimeFollowsWithinHours(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 29 &+ 1)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (first, later) = [("departure_time", "return_time"), ("doors_time", "curtain_time"), ("pickup_time", "delivery_time"),
                              ("start_time", "end_time"), ("arrival_time", "leaving_time")][Int(g.next() % 5)]
        let table = pick(["charters", "events", "jobs", "bookings", "outings"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(table.dropLast())_date", "type": "date", "kind": "date.past"},
          {"name": "\(first)", "type": "datetime", "kind": "datetime.past"},
          {"name": "\(later)", "type": "datetime", "kind": "datetime.past"}]}]}
        """)
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[2].flatMap(TestSupport.instant)), b = try #require(row[3].flatMap(TestSupport.instant))
            #expect(b > a && b - a <= 14 * 3600, "\(first) \(row[2] ?? "") then \(later) \(row[3] ?? "")")
        }
    }

    /// A medication's strength and form are the ones its name states; a booking's headcount fits what it books.
    @Test(arguments: 1...4) func aRowAgreesWithWhatItNames(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 31 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let strength = pick(["strength_mg", "dose_mg", "strength_mcg", "strength"])
        let headcount = pick(["passengers", "party_size", "guests", "attendees"])
        let capacity = pick(["capacity", "max_passengers", "seats", "max_guests"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [
         {"name": "medications", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "name", "type": "string", "kind": "health.medication"},
          {"name": "\(strength)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 1000, "precision": 3},
          {"name": "form", "type": "string"}]},
         {"name": "boats", "rows": 30, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(capacity)", "type": "integer", "kind": "number.integer", "min": 2, "max": 12}]},
         {"name": "charters", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "boat_id", "type": "integer", "references": "boats.id"},
          {"name": "\(headcount)", "type": "integer", "kind": "number.integer", "min": 0, "max": 500}]}]}
        """)
        for row in TestSupport.table(plan, "medications") {
            let name = try #require(row[1]), words = name.split(separator: " ")
            guard let unit = ["mg": 1.0, "mcg": 0.001, "g": 1000.0][String(words.last ?? "")], let amount = Double(words[words.count - 2]) else {
                continue
            }
            let expected = amount * unit / (strength.hasSuffix("mcg") ? 0.001 : 1)
            #expect(abs((Double(row[2] ?? "") ?? -1) - expected) < 0.001, "\(name): \(strength) \(row[2] ?? "")")
            #expect(row[3] == "tablet" || name.lowercased().contains(row[3] ?? "-"), "\(name): form \(row[3] ?? "")")
        }
        let sizes = TestSupport.table(plan, "boats").map { Int($0[1] ?? "") ?? 0 }
        for row in TestSupport.table(plan, "charters") {
            let n = try #require(Int(row[2] ?? "")), boat = try #require(Int(row[1] ?? ""))
            #expect(n >= 1 && n <= sizes[boat - 1], "\(headcount) \(n) on a boat for \(sizes[boat - 1])")
        }
    }

    /// An animal's age is its species' (a dog is never 60) and agrees with its birth date when the row has one.
    @Test(arguments: 1...8) func anAnimalsAgeFitsItsSpecies(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 13 &+ 1)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let age = pick(["age", "age_years", "age_in_years", "age_months"])
        let birth = g.next() % 2 == 0
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(pick(["animals", "pets", "residents"]))", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "species", "type": "string", "kind": "enum", "values": ["Dog", "Cat", "Rabbit", "Hamster"]},
          {"name": "\(age)", "type": "integer", "kind": "person.age"}\(birth ? #", {"name": "date_of_birth", "type": "date"}"# : "")]}]}
        """)
        let lifespan = ["Dog": 16, "Cat": 20, "Rabbit": 12, "Hamster": 3]
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let species = try #require(row[1]), a = try #require(Int(row[2] ?? ""))
            let most = try #require(lifespan[species]) * (age.hasSuffix("months") ? 12 : 1)
            #expect(a >= 0 && a <= most, "\(species) \(age) \(a)")
            if birth, let born = row[3].flatMap(TestSupport.instant) {
                let years = (Double(plan.anchor) - born) / (365.25 * 86_400) * (age.hasSuffix("months") ? 12 : 1)
                #expect(abs(years - Double(a)) < 1.01, "\(species) born \(row[3] ?? "") aged \(a)")
            }
        }
    }

    /// An occasion of a run falls within it, after a start noun the run opens with; an adoption pays the
    /// animal's fee; takings are what was sold times a price.
    @Test(arguments: 1...6) func childrenAgreeWithTheirRun(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 17 &+ 9)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let child = pick(["performances", "screenings", "shows", "sessions"])
        let sold = pick(["seats_sold", "tickets_sold", "covers_sold"])
        let takings = pick(["gross_revenue", "revenue", "box_office", "takings"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [
         {"name": "productions", "rows": 30, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "opening_night", "type": "date", "kind": "date.past"}, {"name": "closing_night", "type": "date", "kind": "date.past"}]},
         {"name": "\(child)", "rows": \(200 + g.next() % 500), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "production_id", "type": "integer", "references": "productions.id"},
          {"name": "\(child.dropLast())_date", "type": "date", "kind": "date.past"},
          {"name": "\(sold)", "type": "integer", "kind": "number.integer", "min": 0, "max": 500},
          {"name": "\(takings)", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 100000}]},
         {"name": "animals", "rows": 40, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "adoption_fee", "type": "decimal", "kind": "number.decimal", "min": 50, "max": 300, "precision": 0}]},
         {"name": "adoptions", "rows": 60, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "animal_id", "type": "integer", "references": "animals.id"},
          {"name": "\(pick(["fee_paid", "amount", "fee"]))", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 1000}]}]}
        """)
        let runs = TestSupport.table(plan, "productions")
        for row in TestSupport.table(plan, child) {
            let run = runs[try #require(Int(row[1] ?? "")) - 1]
            let day = try #require(row[2]), open = try #require(run[1]), close = try #require(run[2])
            #expect(open <= day && day <= close, "\(child) on \(day), run \(open)–\(close)")
            let n = try #require(Double(row[3] ?? "")), money = try #require(Double(row[4] ?? ""))
            #expect(money >= n * 5 - 0.01 && money <= n * 90 + 0.01, "\(sold) \(n) \(takings) \(money)")
        }
        let fees = TestSupport.table(plan, "animals").map { $0[1] }
        for row in TestSupport.table(plan, "adoptions") {
            let fee = fees[try #require(Int(row[1] ?? "")) - 1]
            #expect(Double(row[2] ?? "") == Double(fee ?? ""), "paid \(row[2] ?? "") for a fee of \(fee ?? "")")
        }
    }

    /// Names the planner once left to placeholders ("Playwright C", "Opening Night E") and roles it gave job
    /// titles ("Systems Administrator" in a play's cast; a food bank's "DevOps Engineer" shift).
    @Test func aTheatresAndAVolunteersColumnsReadAsTheirs() {
        for name in ["playwright", "lyricist", "choreographer", "translator"] {
            #expect(ColumnLexicon.spec(name, ColumnContext(entity: "production", nature: .thing, domain: nil))?.kind == "person.full_name", "\(name)")
        }
        for name in ["opening_night", "closing_night", "race_day", "launch_day", "wedding_day"] {
            #expect(ColumnLexicon.spec(name, ColumnContext(entity: "event", nature: .event, domain: nil))?.type == .date, "\(name)")
        }
        for name in ["per_night", "cost_per_night", "price_per_night"] {
            #expect(ColumnLexicon.spec(name, ColumnContext(entity: "room", nature: .thing, domain: nil))?.type != .date, "\(name)")
        }
        let theatre = Planner().plan("A community theatre: productions (title, playwright, genre) and cast_members (production_id, actor_name, role_name)").schema
        let role = theatre.entity(named: "cast_members")?.fields.first { $0.name == "role_name" }
        #expect(role?.kind == "enum" && role?.values?.contains("Ensemble") == true, "\(String(describing: role))")
        let genre = theatre.entity(named: "productions")?.fields.first { $0.name == "genre" }
        #expect(genre?.values?.contains("Musical") == true, "\(String(describing: genre))")
        let charters = Planner().plan("A fishing charter business: boats (name, length_ft, capacity) and charters (boat_id, price, species_caught)").schema
        let species = charters.entity(named: "charters")?.fields.first { $0.name == "species_caught" }
        #expect(species?.values?.contains("Red Snapper") == true, "\(String(describing: species))")
        let length = charters.entity(named: "boats")?.fields.first { $0.name == "length_ft" }
        #expect((length?.min ?? 0) >= 10, "\(String(describing: length))")
        let bank = Planner().plan("Food bank volunteers (name, email) and shifts (shift_date, start_time, role)").schema
        let shiftRole = bank.entity(named: "shifts")?.fields.first { $0.name == "role" }
        #expect(shiftRole?.values?.contains("Sorter") == true, "\(String(describing: shiftRole))")
    }
}
