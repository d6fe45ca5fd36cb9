import Testing
import DoppelTestSupport
@testable import DoppelPlanner

/// "pick tasks with started_at/completed_at" planned `started_at_completed_at`, "shifts with start/end times" one
/// `start_end_time`, "(event_type created/paid/shipped)" a boolean named after every value, and "crew members (role:
/// captain, first officer, cabin crew)" a `first_officer` column holding a name. Drawn names, values and seeds.
@Suite struct SlashedColumnTests {
    static let pairs = [("started_at", "completed_at"), ("opened_at", "closed_at"), ("pickup_time", "dropoff_time"),
                        ("check_in", "check_out"), ("min_temp", "max_temp")]
    static let modifiers = [("start", "end"), ("pickup", "dropoff"), ("opening", "closing"), ("arrival", "departure")]
    static let heads = ["times", "dates", "location"]
    static let valueSets = [["created", "paid", "shipped", "delivered"], ["electricity", "gas", "water"],
                            ["bronze", "silver", "gold", "platinum"], ["draft", "review", "published"]]

    @Test(arguments: [UInt64(0x71), 0x72, 0x73])
    func slashedNamesAreTwoColumns(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (a, b) = rng.pick(Self.pairs)
            let table = rng.pick(["tasks", "zorblat_runs", "visits"])
            let prompt = "\(table.replacingOccurrences(of: "_", with: " ")) (\(a)/\(b), notes)"
            let names = try Self.columns(prompt, table)
            #expect(names.contains(a) && names.contains(b), "\(prompt): \(names)")
        }
        for _ in 0..<4 {
            let (a, b) = rng.pick(Self.modifiers), head = rng.pick(Self.heads)
            let prompt = "drivers and shifts with \(a)/\(b) \(head)"
            let names = try Self.columns(prompt, "shifts")
            let single = head.hasSuffix("s") ? String(head.dropLast()) : head
            #expect(names.contains("\(a)_\(single)") && names.contains("\(b)_\(single)"), "\(prompt): \(names)")
        }
    }

    @Test(arguments: [UInt64(0x81), 0x82, 0x83])
    func valuesAfterANameAreItsChoices(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let values = rng.pick(Self.valueSets), name = rng.pick(["event_type", "tier", "kind"])
            let prompt = "accounts and zorblat events (\(name) \(values.joined(separator: "/")), occurred_at)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == "zorblat_events" }, "\(prompt)")
            let f = try #require(e.field(named: name), "\(prompt): \(e.fields.map(\.name))")
            #expect(f.values?.compactMap(\.stringValue) == values && f.type == .string, "\(prompt): \(String(describing: f.values))")
        }
    }

    /// A unit written with a slash stays a unit; yes/no stays a flag.
    @Test func unitsAndFlagsKeepTheirReading() throws {
        let readings = try Self.columns("patients and readings (glucose mg/dl, taken_at)", "readings")
        #expect(readings.contains("glucose_mg_dl"), "\(readings)")
        let users = Planner().plan("users (name, email, paid yes/no)").schema.entities.first { $0.name == "users" }
        #expect(users?.field(named: "paid")?.type == .boolean)
    }

    @Test(arguments: [UInt64(0x91), 0x92])
    func aColonGivesTheRestOfTheListAsChoices(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let choices = rng.pick([["captain", "first officer", "cabin crew"], ["open", "pending", "closed"], ["junior", "senior", "lead"]])
            let column = rng.pick(["role", "status", "level"])
            let prompt = "flights and crew members (\(column): \(choices.joined(separator: ", ")))"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == "crew_members" }, "\(prompt)")
            #expect(e.field(named: column)?.values?.compactMap(\.stringValue) == choices, "\(prompt): \(e.fields.map(\.name))")
            // (the table keeps its usual columns: a crew member is a person)
            #expect(e.fields.contains { $0.name == "first_name" || $0.name == "name" || $0.name == "full_name" }, "\(prompt): \(e.fields.map(\.name))")
            #expect(!e.fields.contains { $0.name == "first_officer" }, "\(prompt)")
        }
    }

    static func columns(_ prompt: String, _ table: String) throws -> [String] {
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        return try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))").fields.map(\.name)
    }
}

/// "activities (calls, emails, meetings)" planned a count of calls, an email address and a count of meetings, and
/// "Vehicles (cars, trucks)" two counts. A bracket of plain plurals the catalogue knows as things or events, after a
/// plural table, is the kinds its rows come in. Drawn tables, kinds and seeds.
@Suite struct KindsInBracketsTests {
    static let cases: [(String, [String])] = [("activities", ["calls", "emails", "meetings", "visits"]),
                                              ("vehicles", ["cars", "trucks", "vans", "buses"]),
                                              ("events", ["concerts", "festivals", "conferences", "workshops"])]

    @Test(arguments: [UInt64(0xA1), 0xA2, 0xA3])
    func aBracketOfKindsIsATypeColumn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (table, pool) = rng.pick(Self.cases)
            let kinds = Array(pool.shuffled(using: &rng).prefix(rng.int(2...3)))
            let prompt = rng.pick(["", "CRM: accounts, contacts and ", "A fleet with drivers and "]) + "\(table) (\(kinds.joined(separator: ", ")))"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let type = try #require(e.field(named: String(table.dropLast(table.hasSuffix("ies") ? 3 : 1)) + (table.hasSuffix("ies") ? "y" : "") + "_type"),
                                    "\(prompt): \(e.fields.map(\.name))")
            #expect(type.values?.compactMap(\.stringValue) == kinds.map { String($0.dropLast(1)) }.map { $0 == "buse" ? "bus" : $0 },
                    "\(prompt): \(String(describing: type.values))")
            #expect(!e.fields.contains { kinds.contains($0.name) }, "\(prompt): \(e.fields.map(\.name))")
        }
    }
}
