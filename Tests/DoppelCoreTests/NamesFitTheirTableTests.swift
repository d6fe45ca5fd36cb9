import DoppelJSON
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// Names and numbers that fit the table they are in: a campaign is named for an
/// occasion and an offer, a pet has a pet's name, a nurse's licence is not a
/// driving licence.
@Suite struct NamesFitTheirTableTests {
    @Test(arguments: ["campaigns", "marketing_campaigns", "promotions", "email_campaigns", "promos"])
    func aCampaignIsNamedForAnOccasionAndAnOffer(entity: String) throws {
        let plan = try TestSupport.plan(#"{"seed": 4, "entities": [{"name": "\#(entity)", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "text.title"}, {"name": "budget", "type": "decimal"}]}]}"#)
        for name in TestSupport.column(plan, entity, "name") {
            let n = try #require(name)
            #expect(RowTitleWriter.campaignOccasions.contains { n.hasPrefix($0 + " ") }, "\(n)")
            #expect(RowTitleWriter.campaignOffers.contains { n.hasSuffix(" " + $0) }, "\(n)")
        }
    }

    /// Drawn pet tables, planned from a prompt or given as a schema: the name is a pet's name.
    @Test(arguments: [UInt64(21), 22, 23])
    func aPetHasAPetsName(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["pets", "animals", "dogs", "cats", "shelter_animals", "horses"])
        let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 100, "fields": [{"name": "id", "primary_key": true}, {"name": "name"}, {"name": "species"}]}]}"#)
        let names = (0..<Words.petNames.count).map { Words.petNames.string($0) }
        #expect(TestSupport.column(plan, entity, "name").allSatisfy { names.contains($0 ?? "") }, "\(entity)")
        let planned = Planner().plan("A pet clinic with owners, \(entity) (name, breed, birth_date) and appointments").schema
        let pets = try #require(planned.entities.first { $0.name.hasSuffix(entity) || $0.name == entity }, "\(planned.entities.map(\.name))")
        #expect(pets.field(named: "name")?.kind == "animal.name", "\(pets.name)")
    }

    /// A licence on a table of one occupation is that profession's; drivers and customers hold driving licences.
    @Test func aLicenceFitsWhoHoldsIt() {
        func spec(_ entity: String) -> String? {
            ColumnLexicon.spec("license_number", ColumnContext(entity: entity, nature: .person, domain: nil))?.pattern
        }
        for professional in ["nurse", "pilot", "pharmacist", "electrician", "architect"] {
            #expect(spec(professional)?.hasPrefix("LIC-") == true, "\(professional): \(spec(professional) ?? "nil")")
        }
        for driver in ["driver", "customer", "renter", "member", "courier"] {
            #expect(spec(driver)?.hasPrefix("DL") == true, "\(driver): \(spec(driver) ?? "nil")")
        }
    }
}
