import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// An event ticketing prompt's ticket types were support tickets ("Where is my order ORD-50074?") and its orders were
/// shipped Overnight, some placed after the event; an airline's flights each belonged to one passenger and a Boeing 737
/// was built in 1908. Drawn wordings.
@Suite struct TicketingAndFlightsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func ticketOrdersBuyATierBeforeItsEvent(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["Event ticketing", "A ticketing platform", "A concert ticket shop"])): venues, "
            + "\(rng.pick(["events", "concerts"])) (name, starts_at, capacity), ticket_types and orders"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let types = try #require(schema.entity(named: "ticket_types"))
        #expect(types.field(named: "price") != nil && types.field(named: "description") == nil, "\(prompt): \(types.fields.map(\.name))")
        let orders = try #require(schema.entity(named: "orders"))
        #expect(orders.field(named: "shipping_method") == nil && orders.field(named: "quantity") != nil, "\(prompt): \(orders.fields.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let occasion = try #require(schema.entities.first { ["events", "concerts"].contains($0.name) }).name
        let starts = TestSupport.column(plan, occasion, "starts_at")
        let eventOf = TestSupport.column(plan, "ticket_types", schema.entity(named: "ticket_types")?.fields.first { $0.references?.entity == occasion }?.name ?? "")
        let o = try #require(plan.entity(named: "orders"))
        let at = try #require(o.column(named: "ordered_at")), ref = try #require(o.column(named: "ticket_type_id"))
        var checked = 0
        for row in TestSupport.table(plan, "orders") {
            guard let t = row[at].flatMap(TestSupport.instant), let k = row[ref].flatMap(Int.init), let e = eventOf[k - 1].flatMap(Int.init),
                  let s = starts[e - 1].flatMap(TestSupport.instant) else { continue }
            #expect(t < s && t <= Double(plan.anchor), "ordered \(row[at] ?? "") for an event at \(starts[e - 1] ?? "")")
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test func aFlightIsNoPassengersAndItsAircraftAreModern() throws {
        let schema = Planner().plan("Airline with airports, aircraft, flights (flight_number, departure_time, arrival_time, status) and passengers").schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(!(schema.entity(named: "flights")?.fields.contains { $0.references?.entity == "passengers" } ?? true))
        let plan = try schema.resolve(ResolveOptions(seed: 3, rows: 60)).get()
        let years = TestSupport.column(plan, "aircraft", "year_built").compactMap { $0.flatMap(Int.init) }
        #expect(!years.isEmpty && years.allSatisfy { $0 >= 1995 }, "\(years.prefix(8))")
    }
}
