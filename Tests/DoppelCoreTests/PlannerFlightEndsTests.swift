import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A flight's two ends are the same kind of place: both airports (no JFK → Denver); elsewhere both
/// cities. Drawn prompts (entity words, column order, other columns).
@Suite struct PlannerFlightEndsTests {
    @Test func bothEndsOfAFlightAreAirports() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["flights", "routes", "flight_legs", "shipments", "deliveries"])
            let flying = ["flights", "routes", "flight_legs"].contains(entity)
            let columns = ["origin", "destination", rng.pick(["departure_time", "weight_kg", "price"])].shuffled(using: &rng)
            let prompt = "\(rng.pick(["Airline", "Logistics", "Travel"])) data with \(entity.replacingOccurrences(of: "_", with: " ")) (\(columns.joined(separator: ", ")))"
            let plan = Planner().plan(prompt).schema
            let e = try #require(plan.entities.first { $0.name == entity }, "\(prompt)")
            for end in ["origin", "destination"] {
                let kind = e.fields.first { $0.name == end }?.kind
                #expect(kind == (flying ? "travel.airport_code" : "address.city"), "\(prompt): \(end) is \(kind ?? "nil")")
            }
        }
    }
}

extension PlannerFlightEndsTests {
    /// A course and a seat on a flight are priced as such: drawn table words and prompts.
    @Test func coursesAndFlightsArePricedAsSuch() throws {
        for seed in UInt64(1)...8 {
            var rng = FuzzRandom(seed: seed)
            let (prompt, table, floor) = rng.pick([
                ("Online academy with instructors and \(rng.pick(["courses", "workshops", "classes"])) (title, price)", "", 19.0),
                ("Airline with flights, passengers and bookings (seat, fare_class, price)", "bookings", 59.0),
            ])
            let plan = Planner().plan(prompt).schema
            let priced = plan.entities.filter { e in (table.isEmpty || e.name == table) && e.fields.contains { $0.name == "price" } }
            #expect(!priced.isEmpty, "\(prompt)")
            for e in priced {
                let price = try #require(e.fields.first { $0.name == "price" })
                #expect((price.min ?? 0) >= floor, "\(prompt): \(e.name).price from \(price.min ?? 0)")
            }
        }
    }
}
