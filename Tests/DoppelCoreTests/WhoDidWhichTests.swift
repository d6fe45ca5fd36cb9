import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelTestSupport

/// "who responded to which incident" planned a table of `respondeds`, objects with a condition. A list item that
/// says who did which thing pairs the people listed with the things. Drawn settings, people, things, verbs, forms
/// and seeds.
@Suite struct WhoDidWhichTests {
    static let cases: [(people: String, things: String, verbs: [String])] = [
        ("firefighters", "incidents", ["responded to", "attended", "was assigned to"]),
        ("students", "classes", ["attended", "took", "enrolled in"]),
        ("volunteers", "shifts", ["worked", "signed up for", "covered"]),
        ("nurses", "patients", ["treated", "cared for", "saw"]),
    ]

    @Test(arguments: [UInt64(0x71), 0x72, 0x73, 0x74])
    func whoDidWhichPairsThePeopleWithTheThings(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (people, things, verbs) = rng.pick(Self.cases)
            let verb = rng.pick(verbs)
            let thing = String(things.dropLast(things.hasSuffix("sses") ? 2 : 1))
            let person = String(people.dropLast())
            let clause = rng.pick(["who \(verb) which \(thing)", "which \(person) \(verb) which \(thing)"])
            let extra = rng.pick(["", "certificates, ", "locations, "])
            let lead: String = rng.pick(["A roster: ", "Data for a small team with ", ""])
            let prompt = lead + people + ", " + extra + things + " and " + clause
            let schema = Planner().plan(prompt).schema
            let names = schema.entities.map(\.name)
            func points(_ e: Entity, at table: String) -> Bool {
                e.fields.contains { f in f.references?.entity == table }
            }
            let pairing = try #require(schema.entities.first { e in
                points(e, at: people) && points(e, at: things) && e.name != people && e.name != things
            }, "\(prompt): \(names)")
            #expect(pairing.name.hasPrefix(person) || pairing.name.hasPrefix(thing), "\(prompt): \(pairing.name)")
            // (no table is named for the verb)
            let verbWord = String(verb.split(separator: " ")[verb.hasPrefix("was") ? 1 : 0])
            #expect(!names.contains { $0.hasPrefix(verbWord) }, "\(prompt): \(names)")
        }
    }

    /// What each pair has, in a bracket after the clause, is the pairing table's columns after both references
    /// ("who climbed which route (attempts, climbed_at)"); "to whom" names no table.
    @Test func aPairingsBracketGivesItsColumns() throws {
        let cases: [(String, String, [String])] = [
            ("a bouldering gym with routes, setters, members, and who climbed which route (attempts, climbed_at)", "member_routes",
             ["member_id", "route_id", "attempts", "climbed_at"]),
            ("a hackathon with teams, projects (title), judges, and which judge scored which project (score 1-10, comment)", "judge_projects",
             ["judge_id", "project_id", "score", "comment"]),
            ("a dealership: cars (make, model), salespeople, customers and who sold which car to whom (sale date, price)", "salesperson_cars",
             ["salesperson_id", "car_id", "sale_date", "price"]),
        ]
        for (prompt, table, columns) in cases {
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            #expect(e.fields.map(\.name) == columns, "\(prompt): \(e.fields.map(\.name))")
            #expect(e.fields.prefix(2).allSatisfy { $0.references != nil }, "\(prompt)")
        }
    }
}
