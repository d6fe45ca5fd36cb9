import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's bird sightings were of cats and rabbits, counted zero, by "Observer A".
@Suite struct SightingTests {
    static func field(_ prompt: String, _ column: String) -> Field? {
        Planner().plan(prompt).schema.entities.first?.fields.first { $0.name == column }
    }

    @Test(arguments: ["bird watching sightings", "a birding club's observations", "ornithology survey records"])
    func birdsAreWildBirdsSeenBySomeone(table: String) {
        let prompt = "\(table) with species, location, count, observer and notes"
        let species = Set(Self.field(prompt, "species")?.values?.compactMap(\.stringValue) ?? [])
        #expect(species.contains("Northern Cardinal") && !species.contains("Cat"), "\(species)")
        #expect((Self.field(prompt, "count")?.min ?? 0) >= 1)
        #expect(Self.field(prompt, "observer")?.kind == "person.full_name")
    }

    /// A doer's noun is a person (`surveyor`, `spotter`); a member's flag stays what the lexicon says, and a
    /// provider is a firm.
    @Test func aDoersNounIsAPerson() {
        for noun in ["surveyor", "spotter", "inspector", "observer"] {
            #expect(ColumnLexicon.spec(noun, .neutral)?.kind == "person.full_name", "\(noun)")
        }
        #expect(ColumnLexicon.spec("provider", .neutral)?.kind != "person.full_name")
    }
}
