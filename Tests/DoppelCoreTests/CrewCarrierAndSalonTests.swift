import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Strangers' settings: an airline's pilots had a rank of 25 and 23 flight hours and flew as "owner"; a phone
/// carrier's subscribers were on "enterprise" plans using 2 MB a day; a hair salon's stylists specialised in
/// psychiatry. Drawn wordings and seeds.
@Suite struct CrewCarrierAndSalonTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func pilotsFlyInTheirRank(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["An airline crew scheduling system", "An airline", "A regional aviation company"])) with pilots "
            + "(name, rank, hired_on, \(rng.pick(["flight_hours", "total_flight_hours", "hours_flown"]))), flights (flight_number, departs_at) "
            + "and \(rng.pick(["crew_assignments", "assignments"])) (flight_id, pilot_id, role)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 50)).get()
        let pilots = TestSupport.table(plan, "pilots")
        let rank = Dictionary(pilots.map { ($0[0] ?? "", $0[2] ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(Set(rank.values).isSubset(of: ["Captain", "First Officer", "Second Officer"]), "\(prompt): \(Set(rank.values))")
        let hours = pilots.compactMap { $0[4].flatMap(Double.init) }
        #expect(!hours.isEmpty && hours.allSatisfy { (1500...25_000).contains($0) }, "\(prompt): \(hours.prefix(4))")
        let crew = try #require(schema.entities.last)
        let pc = try #require(crew.fields.firstIndex { $0.name == "pilot_id" }), rc = try #require(crew.fields.firstIndex { $0.name == "role" })
        for row in TestSupport.table(plan, crew.name) {
            guard let pilot = row[pc], let role = row[rc] else { continue }
            #expect(role == rank[pilot], "\(prompt): pilot \(pilot), a \(rank[pilot] ?? "?"), flew as \(role)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aCarriersSubscribersAreOnItsTariffs(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A mobile phone carrier", "A wireless carrier", "A telecom operator"])) with subscribers (name, phone_number, plan, "
            + "activated_on) and data_usage (subscriber_id, date, \(rng.pick(["megabytes", "mb_used", "data_mb"])))"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let plans = Set(TestSupport.column(plan, "subscribers", "plan").compactMap { $0 })
        #expect(!plans.isEmpty && plans.isDisjoint(with: ["free", "starter", "enterprise", "pro", "basic"]), "\(prompt): \(plans)")
        let usage = TestSupport.table(plan, "data_usage").compactMap { $0.last.flatMap { $0.flatMap(Double.init) } }
        #expect(!usage.isEmpty && usage.allSatisfy { (20...3000).contains($0) }, "\(prompt): \(usage.prefix(5))")
    }

    @Test(arguments: ["stylists", "barbers", "hairdressers"])
    func aStylistsSpecialtyIsHairWork(table: String) throws {
        let schema = Planner().plan("A hair salon with \(table) (name, specialty, hourly_rate), clients (name, phone) and appointments "
                                    + "(client_id, stylist_id, service, starts_at)").schema
        let values = Set(try #require(schema.entity(named: table)?.field(named: "specialty")?.values).compactMap(\.stringValue))
        #expect(values.contains("Color") && values.isDisjoint(with: ["Psychiatry", "Radiology", "Cardiology"]), "\(values)")
    }
}
