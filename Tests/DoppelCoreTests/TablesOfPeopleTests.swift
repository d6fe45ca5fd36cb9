import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A table named for people (couples, donors, vets) holds people, whichever side decides:
/// the planner gives it a person's columns, never a word-salad title.
@Suite struct TablesOfPeopleTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aTableNamedForPeopleHoldsPeople(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        // Nouns the catalogue has no template for: a template decides its own nature (an app's hosts are servers).
        let nouns = PersonNouns.words.filter { !$0.contains("_") && DomainCatalogue.index[$0] == nil && !["people", "staff", "crew"].contains($0) }.sorted()
        let settings = ["A wedding planner", "A small agency", "A community centre", "An app", "A club"]
        let others = ["venues", "bookings", "events", "invoices", "appointments", "orders"]
        for i in 0..<12 {
            let noun = i == 0 ? "couple" : rng.pick(nouns)
            let table = Inflector.plural(noun)
            let other = rng.pick(others)
            let prompt = "\(rng.pick(settings)) with \(table), \(other) and notes"
            let schema = Planner().plan(prompt).schema
            guard let people = schema.entities.first(where: { $0.name == table }) else { continue }
            let kinds = people.fields.compactMap(\.kind)
            #expect(kinds.contains { $0.hasPrefix("person.") }, "\(prompt): \(people.fields.map(\.name))")
            #expect(people.field(named: "title")?.kind != "text.title", "\(prompt)")
        }
    }
}
