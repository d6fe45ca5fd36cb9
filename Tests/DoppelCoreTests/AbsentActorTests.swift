import Testing
@testable import DoppelPlanner
import DoppelTestSupport

/// A food bank's `client_pickups` were planned as its donors' pickups, a blood bank's `hospital_requests` as its donors'
/// requests. An event named for who acts in it, with no table of them, takes no other people's reference; one generic
/// party (a guest, a customer, a member) still stands for another.
@Suite struct AbsentActorTests {
    @Test(arguments: [UInt64(0xAC1), 0xAC2, 0xAC3])
    func anEventNamedForAnotherActorIsNotTheDonors(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let actor = rng.pick(["client", "hospital", "school", "patient", "vendor", "volunteer"])
            let event = rng.pick(["pickups", "requests", "callbacks"])
            let people = rng.pick(["donors", "drivers", "volunteers", "staff"])
            guard !people.hasPrefix(actor) else { continue }
            let table = "\(actor)_\(event)"
            let prompt = "Charity with \(people), items and \(actor) \(event)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            #expect(!e.fields.contains { $0.references?.entity == people }, "\(prompt): \(e.fields.map(\.name))")
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        }
    }

    @Test func aGenericPartyStandsForAnother() throws {
        let schema = Planner().plan("Store with customers, products and guest reviews (rating, body)").schema
        let reviews = try #require(schema.entities.first { $0.name == "guest_reviews" })
        #expect(reviews.fields.contains { $0.references?.entity == "customers" }, "\(reviews.fields.map(\.name))")
    }
}
