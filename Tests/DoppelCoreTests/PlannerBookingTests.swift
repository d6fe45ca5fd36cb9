import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A booking's columns follow what is booked: a stay (a room, a listing) has
/// check-in, check-out and guests; a place at a class, a court or a table has
/// a start time and a party; a journey (a flight, a tour) has a travel date and
/// passengers. Prompts are drawn from a seeded generator of people, booked
/// things and booking names; a failure prints its seed and prompt.
@Suite struct PlannerBookingTests {
    enum Booked: CaseIterable { case stay, slot, journey }
    static let things: [Booked: [String]] = [
        .stay: ["rooms", "listings", "apartments", "cabins", "villas"],
        .slot: ["classes", "fitness classes", "sessions", "courts", "workshops", "lessons", "yoga classes"],
        .journey: ["flights", "tours", "trips", "cruises"],
    ]
    static let people = ["members", "customers", "users", "guests", "clients", "travelers"]
    static let mark: [Booked: String] = [.stay: "check_in", .slot: "starts_at", .journey: "travel_date"]

    @Test func aBookingHasTheColumnsOfWhatIsBooked() {
        var failures: [String] = []
        for seed in UInt64(1)...240 {
            var rng = FuzzRandom(seed: seed)
            let booked = rng.pick(Booked.allCases)
            let thing = rng.pick(Self.things[booked] ?? [])
            let person = rng.pick(Self.people)
            let singular = Inflector.singular(thing.split(separator: " ").last.map(String.init) ?? thing)
            let booking = rng.pick(["bookings", "reservations", "\(singular) bookings", "\(singular) reservations"])
            let lead = rng.pick(["A booking app", "An operator", "A small business", "Dataset"])
            let prompt = rng.chance(0.5) ? "\(lead) with \(person), \(thing) and \(booking)" : "\(lead) with \(thing), \(booking) and \(person)"
            let schema = Planner().plan(prompt).schema
            let say = "seed \(seed): \(prompt.debugDescription)"
            guard let e = schema.entities.first(where: { $0.name.hasSuffix("bookings") || $0.name.hasSuffix("reservations") }) else {
                failures.append("\(say): no booking table in \(schema.entities.map(\.name))"); continue
            }
            let names = Set(e.fields.map(\.name))
            for other in Booked.allCases {
                guard let column = Self.mark[other] else { continue }
                if other == booked, !names.contains(column) { failures.append("\(say): \(e.name) lacks \(column): \(names.sorted())") }
                if other != booked, names.contains(column) { failures.append("\(say): \(e.name) has \(column) of another kind of booking") }
            }
            failures += PlanInvariants.problems(schema).map { "\(say): \($0)" }
        }
        #expect(failures.count == 0, "\(failures.prefix(8).joined(separator: "\n"))")
    }
}
