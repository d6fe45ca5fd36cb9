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
}
