import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A booking holds a table, a room or a slot: it is not about a thing another event sells by the line
/// (a restaurant's reservation of a menu item), while a thing that is booked itself (a car, a room) stays its.
@Suite struct BookingParticipantTests {
    static let settings = ["Restaurant", "Cafe", "Bistro", "Shop", "Bakery", "Food truck", "Pizzeria", "Bar"]
    static let sold = ["menu items", "products", "dishes", "drinks", "items"]
    static let lines = [("orders", "order items"), ("orders", "order lines"), ("sales", "sale items"), ("orders", "order details")]
    static let bookings = ["reservations", "bookings", "table reservations", "table bookings", "appointments"]

    static func references(_ e: Entity) -> Set<String> { Set(e.fields.compactMap { $0.references?.entity }) }

    @Test(arguments: 0..<40) func aBookingIsNoThingsSoldByTheLine(seed: Int) throws {
        let setting = Self.settings[seed % Self.settings.count], thing = Self.sold[(seed / 2) % Self.sold.count]
        let (header, line) = Self.lines[(seed / 3) % Self.lines.count], booking = Self.bookings[(seed / 5) % Self.bookings.count]
        let people = seed % 2 == 0 ? "customers, " : ""
        let prompt = "\(setting) with \(people)\(thing), \(header), \(line) and \(booking)"
        let schema = Planner().plan(prompt).schema
        let names = schema.entities.map(\.name)
        // The line table points at its header and at the thing it sells.
        let headerTable = try #require(schema.entities.first { $0.name == header }, "\(prompt): \(names)")
        let lineTable = try #require(schema.entities.first { Self.references($0).contains(headerTable.name) && Self.references($0).count >= 2 },
                                     "\(prompt): \(names)")
        let thingTable = try #require(Self.references(lineTable).subtracting([headerTable.name]).first, "\(prompt)")
        let word = String(booking.split(separator: " ").last ?? "")
        let bookingTable = try #require(schema.entities.first { $0.name.hasSuffix(word) }, "\(prompt): \(names)")
        #expect(!Self.references(bookingTable).contains(thingTable), "\(prompt): \(bookingTable.name) → \(Self.references(bookingTable))")
        if !people.isEmpty { #expect(Self.references(bookingTable).contains("customers"), "\(prompt): \(Self.references(bookingTable))") }
    }

    @Test(arguments: ["Car rental with cars, customers and reservations", "Hotel with rooms, guests and bookings",
                      "Equipment hire with tools, customers and bookings"])
    func aThingBookedItselfStaysTheBookings(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let booking = try #require(schema.entities.first { ["reservations", "bookings"].contains($0.name) })
        let thing = try #require(schema.entities.first { ["cars", "rooms", "tools"].contains($0.name) })
        #expect(Self.references(booking).contains(thing.name), "\(prompt): \(Self.references(booking))")
    }
}
