import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A named occasion (a tournament, a race, a campaign) has many people, each in many: it does not point at
/// one of them, and when nothing else relates them a table joins the two. A conference's talks are given by
/// its speakers, and its registrations are an attendee's place at a talk, not a course grade.
@Suite struct PlannerOccasionTests {
    @Test(arguments: [UInt64(801), 802, 803, 804])
    func anOccasionsPeopleComeThroughAJoin(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let (occasion, people) = rng.pick([("tournaments", "players"), ("races", "runners"), ("campaigns", "leads"),
                                               ("championships", "athletes"), ("marathons", "members")])
            let prompt = rng.chance(0.5) ? "\(occasion) and \(people)" : "A club with \(people) and \(occasion)"
            let schema = Planner().plan(prompt).schema
            let o = try #require(schema.entities.first { $0.name == occasion }, "\(prompt)")
            #expect(!o.fields.contains { $0.references?.entity == people }, "seed \(seed): \(prompt): \(o.fields.map(\.name))")
            let joins = schema.entities.filter { e in
                Set(e.fields.compactMap(\.references).map(\.entity)) == [occasion, people]
            }
            #expect(joins.count == 1, "seed \(seed): \(prompt): \(schema.entities.map(\.name))")
        }
    }

    @Test(arguments: ["talks", "presentations", "keynotes"])
    func aConferencesTalksAndRegistrations(talks: String) throws {
        let schema = Planner().plan("Tech conference: speakers, \(talks), attendees and registrations").schema
        let t = try #require(schema.entities.first { $0.name == talks })
        #expect(t.fields.contains { $0.references?.entity == "speakers" }, "\(t.fields.map(\.name))")
        #expect(t.field(named: "description") == nil && t.field(named: "starts_at") != nil, "\(t.fields.map(\.name))")
        let r = try #require(schema.entities.first { $0.name == "registrations" })
        let refs = Set(r.fields.compactMap(\.references).map(\.entity))
        #expect(refs == ["attendees", talks], "\(r.fields.map(\.name))")
        #expect(r.field(named: "grade") == nil, "\(r.fields.map(\.name))")
    }

    /// A flight's passengers come through its bookings: the event takes no person of its own.
    @Test(arguments: [UInt64(811), 812, 813])
    func peopleComeThroughTheTableThatBooksThem(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (event, people, through) = rng.pick([("flights", "passengers", "bookings"), ("flights", "passengers", "reservations"),
                                                     ("tours", "travelers", "bookings"), ("screenings", "customers", "tickets")])
            var tables = [event, people, through]
            if rng.chance(0.5) { tables.swapAt(0, 1) }
            let prompt = rng.pick(["", "Data for ", "A company with "]) + tables[0] + ", " + tables[1] + " and " + tables[2]
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == event }, "\(prompt)")
            #expect(!e.fields.contains { $0.references?.entity == people }, "seed \(seed): \(prompt): \(e.fields.map(\.name))")
            let t = try #require(schema.entities.first { $0.name == through }, "\(prompt)")
            #expect(Set(t.fields.compactMap(\.references).map(\.entity)).isSuperset(of: [event, people]), "seed \(seed): \(prompt): \(t.fields.map(\.name))")
        }
    }

    /// A named treatment performed on a day is done to one patient: no join, a reference.
    @Test func aNamedProcedureIsNoOccasion() throws {
        let schema = Planner().plan("Dental clinic with patients, dentists, appointments and treatments").schema
        #expect(!schema.entities.contains { $0.name.hasPrefix("treatment_") }, "\(schema.entities.map(\.name))")
        let t = try #require(schema.entities.first { $0.name == "treatments" })
        #expect(t.fields.contains { $0.references?.entity == "patients" }, "\(t.fields.map(\.name))")
    }
}
