import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A business that lends things out owns them: a rental company's cars do not belong to its customers,
/// a library's books are not written by its members. The people reach the things through the lending table.
@Suite struct PlannerLentThingsTests {
    @Test(arguments: [UInt64(301), 302, 303, 304])
    func lentThingsDoNotBelongToTheirBorrowers(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let (things, lending) = rng.pick([("cars", "rentals"), ("vehicles", "rentals"), ("books", "loans"), ("bikes", "rentals"), ("vans", "rentals")])
            let people = rng.pick(["customers", "members", "clients", "users"])
            var tables = [things, people, lending]
            if rng.chance(0.5) { tables.swapAt(0, 1) }
            let setting = rng.pick(["", "A rental company with ", "Data for ", "A library: "])
            let prompt = setting + tables.dropLast().joined(separator: ", ") + " and " + (tables.last ?? "")
            let schema = Planner().plan(prompt).schema
            let thing = try #require(schema.entities.first { $0.name == things }, "\(prompt)")
            let refs = thing.fields.compactMap(\.references).map(\.entity)
            #expect(!refs.contains { $0 == people }, "seed \(seed): \(prompt): \(things) refer to \(refs)")
            let event = try #require(schema.entities.first { $0.name == lending }, "\(prompt)")
            let eventRefs = Set(event.fields.compactMap(\.references).map(\.entity))
            #expect(eventRefs.isSuperset(of: [things, people]), "seed \(seed): \(prompt): \(lending) refer to \(eventRefs)")
        }
    }

    /// Without a lending table the owner stays: a repair shop's vehicles are its customers'.
    @Test func ownedThingsKeepTheirOwner() throws {
        let schema = Planner().plan("Auto repair shop with customers, vehicles and service appointments").schema
        let vehicles = try #require(schema.entities.first { $0.name == "vehicles" })
        #expect(vehicles.fields.contains { $0.references?.entity == "customers" }, "\(vehicles.fields.map(\.name))")
        // A marketplace's host lends their own listing.
        let stays = Planner().plan("Vacation rentals: users, listings and bookings").schema
        let listings = try #require(stays.entities.first { $0.name == "listings" })
        #expect(listings.fields.contains { $0.references?.entity == "users" }, "\(listings.fields.map(\.name))")
    }
}
