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
