import Testing
import DoppelTestSupport
@testable import DoppelCore

/// An event or transaction between named entities references both: a loan
/// its member and its book, a play its user and its track. Prompts are drawn
/// from a seeded generator of people, things and events in several shapes; a
/// failure prints its seed and prompt.
@Suite struct PlannerParticipantTests {
    static let people = ["members", "users", "students", "customers", "patients", "guests", "listeners", "borrowers", "players", "riders"]
    static let things = ["books", "tracks", "courses", "vehicles", "tools", "bikes", "devices", "films", "boats"]
    static let events = ["play events", "enrollments", "rentals", "bookings", "visits", "checkouts", "sessions", "view events", "reservations"]
    static let times = ["started_at", "ended_at", "borrowed_at", "due_at", "returned_at", "timestamp", "created_at"]

    static func draw(_ rng: inout FuzzRandom) -> (prompt: String, person: String, thing: String, event: String) {
        let person = rng.pick(people), thing = rng.pick(things)
        // A loan is a bank's unless something lendable is listed with it.
        let event = ["books", "devices"].contains(thing) && rng.chance(0.3) ? "loans" : rng.pick(events)
        let columns = (0..<rng.int(1...3)).map { _ in rng.pick(times) }
        var seen: Set<String> = []
        let list = columns.filter { seen.insert($0).inserted }.joined(separator: ", ")
        let eventPhrase = rng.pick(["\(event) (\(list))", "\(event) with \(list)", event])
        var parts = [person, thing]
        if rng.chance(0.5) { parts.reverse() }
        let lead = rng.pick(["Rental system", "Tracking app", "A dataset", "Operations"])
        return ("\(lead) with \(parts[0]), \(parts[1]) and \(eventPhrase)", person, thing, event)
    }

    @Test func eventsReferenceThePersonAndTheThingTheyAreBetween() {
        var failures: [String] = []
        for seed in UInt64(1)...300 {
            var rng = FuzzRandom(seed: seed)
            let (prompt, person, thing, event) = Self.draw(&rng)
            let schema = Planner().plan(prompt).schema
            let eventTable = event.replacingOccurrences(of: " ", with: "_")
            guard let e = schema.entities.first(where: { $0.name == eventTable }) else {
                failures.append("seed \(seed): \(prompt.debugDescription): no \(eventTable) in \(schema.entities.map(\.name))"); continue
            }
            let targets = Set(e.fields.compactMap { $0.references?.entity })
            for wanted in [person, thing] where !targets.contains(wanted) && schema.entity(named: wanted) != nil {
                failures.append("seed \(seed): \(prompt.debugDescription): \(eventTable) does not reference \(wanted) (\(targets.sorted()))")
            }
            failures += PlanInvariants.problems(schema).map { "seed \(seed): \($0)" }
        }
        #expect(failures.isEmpty, "\(failures.prefix(6).joined(separator: "\n"))")
    }

    @Test func aRecordHangingOffAnotherOrHeadingLineItemsGetsNoExtraReference() {
        let schema = Planner().plan("Shop with customers, products, orders, order items and payments").schema
        let orders = schema.entity(named: "orders")?.fields.compactMap { $0.references?.entity } ?? []
        let payments = schema.entity(named: "payments")?.fields.compactMap { $0.references?.entity } ?? []
        #expect(!orders.contains("products"), "orders are the header of their items: \(orders)")
        #expect(!payments.contains("products"), "a payment pays an order: \(payments)")
    }
}
