import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A hair salon's services were servers (environment, region, version) and its appointments a clinic's (reason
/// "Illness"); a call centre's agents had an estate agent's licence number, its call notes were a meeting's minutes
/// ("The manager checked the order of work") on calls nobody answered. Drawn wordings.
@Suite struct SalonAndSupportDeskTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aSalonsServicesAreWhatItDoesAtAPrice(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["hair salon", "A barbershop", "A day spa", "A nail salon"])
        let prompt = "\(setting) with \(rng.pick(["stylists", "staff"])), services, clients and appointments"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let services = try #require(schema.entity(named: "services"), "\(prompt)")
        #expect(services.field(named: "environment") == nil && services.field(named: "region") == nil, "\(prompt): \(services.fields.map(\.name))")
        #expect(services.field(named: "price") != nil && services.field(named: "duration_minutes") != nil, "\(prompt)")
        let appointments = try #require(schema.entity(named: "appointments"))
        #expect(appointments.field(named: "reason") == nil && appointments.field(named: "appointment_type") == nil, "\(prompt)")
        #expect(appointments.fields.contains { $0.references?.entity == "services" }, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        let names = Set(TestSupport.column(plan, "services", "name").compactMap { $0 })
        #expect(names.isSubset(of: ["Haircut", "Color", "Blowout", "Beard Trim", "Manicure", "Pedicure", "Facial", "Massage"]), "\(names)")
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aCallCentresAgentsAndNotesAreAboutCalls(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["call center", "A contact center", "A customer support call centre"])) with agents, "
            + "calls (duration_seconds, outcome, started_at) and \(rng.pick(["call_notes", "notes"]))"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let agents = try #require(schema.entity(named: "agents"))
        #expect(agents.field(named: "license_number") == nil && agents.field(named: "shift") != nil, "\(agents.fields.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let notesTable = schema.entities.first { $0.name.hasSuffix("notes") }?.name ?? "call_notes"
        let texts = TestSupport.table(plan, notesTable)
        let e = try #require(plan.entity(named: notesTable))
        let body = try #require(e.fields.firstIndex { $0.type == .text || ["body", "content", "note", "text"].contains($0.name) })
        let ref = try #require(e.fields.firstIndex { $0.name == "call_id" })
        let outcome = TestSupport.column(plan, "calls", "outcome")
        var checked = 0
        for row in texts {
            guard let text = row[body], let id = row[ref].flatMap(Int.init), let o = outcome[id - 1]?.lowercased() else { continue }
            checked += 1
            if o.contains("no_answer") || o.contains("missed") || o == "busy" {
                #expect(text.contains("answer") || text.contains("picked up"), "\(o): \(text)")
            } else if o.contains("voicemail") {
                #expect(text.hasPrefix("Left a"), "\(o): \(text)")
            } else {
                #expect(text.hasPrefix("Caller asked about") || text.hasPrefix("Call dropped"), "\(o): \(text)")
            }
            #expect(!text.contains("order of work") && !text.contains("the manager"), "\(o): \(text)")
        }
        #expect(checked > 20)
    }
}
