import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger wrote "Public library loans (members, books, loans with due dates and return dates, fines)" and got one
/// table; "Shop database (customers, products, orders)" planned only customers. A bracketed list of tables after a
/// heading is the heading's list. Drawn headings, tables and wording.
@Suite struct TableGroupTests {
    static let headings = ["Shop database", "Library system", "Gym management app", "A clinic", "Booking platform", "School tracker",
                           "Our warehouse"]
    static let tables = ["customers", "products", "orders", "members", "books", "loans", "trainers", "classes", "patients",
                         "doctors", "appointments", "invoices", "suppliers", "employees"]

    @Test(arguments: 1...12) func aBracketedListOfTablesPlansEveryTable(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 977 &+ 3)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.next() % UInt64(xs.count))] }
        var chosen: [String] = []
        while chosen.count < 2 + Int(g.next() % 3) {
            let t = pick(Self.tables)
            if !chosen.contains(t) { chosen.append(t) }
        }
        // Some items carry words of their own; the last may come after "and".
        var items = chosen.map { g.next() % 4 == 0 ? "\($0) with dates" : $0 }
        if g.next() % 2 == 0 { items[items.count - 1] = "and " + items[items.count - 1] }
        let prompt = "\(pick(Self.headings)) (\(items.joined(separator: ", ")))"
        let schema = Planner().plan(prompt).schema
        for t in chosen {
            #expect(schema.entity(named: t) != nil, "\(prompt): no \(t) in \(schema.entities.map(\.name))")
        }
    }

    @Test func columnsValuesAndKindsOfTheHeadStayWhatTheyWere() throws {
        let columns = Planner().plan("customers (id, name, email)").schema
        #expect(columns.entities.map(\.name) == ["customers"])
        #expect(columns.entity(named: "customers")?.field(named: "email") != nil)
        let kinds = Planner().plan("Vehicles (cars, trucks)").schema
        #expect(kinds.entity(named: "cars") == nil && kinds.entity(named: "trucks") == nil)
    }
}

/// "loans with due dates and return dates" planned `return_dates`; "employees with names" a count of names. A prose
/// column phrase whose head a row holds one of is singular. Drawn tables, modifiers and heads.
@Suite struct ScalarPluralColumnTests {
    @Test(arguments: 1...10) func aProseColumnOfOneValuePerRowIsSingular(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 6151 &+ 29)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = pick(["loans", "shipments", "projects", "patients", "tickets", "rentals"])
        let compound = "\(pick(["return", "arrival", "review", "renewal", "closing"])) \(pick(["dates", "times", "codes"]))"
        let single = pick(["names", "prices", "ages"])
        let prompt = "\(table.capitalized) with \(single) and \(compound)"
        let schema = Planner().plan(prompt).schema
        let fields = try #require(schema.entity(named: table)).fields.map(\.name)
        let singular = compound.split(separator: " ").map(String.init)
        #expect(fields.contains("\(singular[0])_\(Inflector.singular(singular[1]))"), "\(prompt): \(fields)")
        #expect(!fields.contains(single) && !fields.contains("\(singular[0])_\(singular[1])"), "\(prompt): \(fields)")
    }
}

/// "Language school (courses, teachers, students, enrollments, placement_test_scores)" planned only courses: one
/// unknown name among known tables kept the brackets a column list. And "Auction house with lots, bidders and bids"
/// dropped the lots as "lots of".
@Suite struct MostlyKnownTableGroupTests {
    @Test(arguments: [UInt64(0x7A1), 0x7A2, 0x7A3])
    func aBracketOfMostlyKnownPluralsListsTables(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let known = ["courses", "teachers", "students", "enrollments", "payments", "rooms", "instructors", "invoices"]
        let unknown = ["placement_test_scores", "grommet_checks", "zorb_sessions"]
        for _ in 0..<4 {
            var tables = Array(Set((0..<rng.int(3...5)).map { _ in rng.pick(known) })).sorted()
            guard tables.count >= 3 else { continue }
            tables.insert(rng.pick(unknown), at: rng.int(0...tables.count))
            let prompt = "\(rng.pick(["Language school", "Driving academy", "Music center"])) (\(tables.joined(separator: ", ")))"
            let names = Set(Planner().plan(prompt).schema.entities.map(\.name))
            #expect(names.isSuperset(of: tables), "\(prompt): \(names.sorted())")
        }
        // A bracket of column names stays a table's columns.
        let columns = Planner().plan("Translation agencies (name, city, founded_year)").schema
        #expect(columns.entities.count == 1 && columns.entities[0].fields.contains { $0.name == "city" }, "\(columns.entities.map(\.name))")
    }

    @Test func anAuctionsLotsAreATable() {
        let names = Planner().plan("Auction house with lots, bidders, bids and auction sessions").schema.entities.map(\.name)
        #expect(names.contains("lots"), "\(names)")
        #expect(!Planner().plan("customers and lots of orders").schema.entities.contains { $0.name == "lots" })
    }
}
