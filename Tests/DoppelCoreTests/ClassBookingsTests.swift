import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's gym had class bookings for parties of four, made as walk-ins thirteen days ahead and then no-shows.
/// A place at a class, a session or a lesson is one person's, booked ahead. Drawn settings and names.
@Suite struct ClassBookingsTests {
    @Test(arguments: ["A gym with members, trainers, classes and class bookings", "A yoga studio with students, sessions and session bookings",
                      "A language school with learners, lessons and lesson bookings", "A makerspace with members, workshops and workshop bookings"])
    func aPlaceAtAClassIsOnePersons(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let booking = try #require(schema.entities.first { $0.name.hasSuffix("_bookings") }, "\(prompt): \(schema.entities.map(\.name))")
        #expect(!booking.fields.contains { ["party_size", "guests", "party"].contains($0.name) }, "\(prompt): \(booking.fields.map(\.name))")
        let channel = booking.fields.first { $0.name == "booking_channel" }
        #expect(!(channel?.values ?? []).contains { $0.stringValue == "walk_in" }, "\(prompt)")
        #expect(booking.fields.filter { $0.references != nil }.count >= 2, "\(prompt): \(booking.fields.map(\.name))")
        let (e, rows) = try TestSupport.planned(prompt, booking.name, seed: 2)
        let booked = try TestSupport.cells(e, rows, "booked_at").compactMap(TestSupport.instant)
        let starts = try TestSupport.cells(e, rows, "starts_at").compactMap(TestSupport.instant)
        for (b, s) in zip(booked, starts) { #expect(b <= s, "\(prompt): booked \(b) after the class at \(s)") }
    }
}
