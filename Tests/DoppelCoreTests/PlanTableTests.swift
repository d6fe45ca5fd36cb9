import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's gym had SaaS tiers with seats for membership plans, and a "Free" plan at 29 a month: a table named
/// `…_plans` did not count as a table of plans. Drawn names and seeds.
@Suite struct PlanTableTests {
    @Test(arguments: [UInt64(0x91), 0x92, 0x93])
    func aPlanTablesPricesFollowItsNames(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["membership_plans", "support_plans", "pricing_tiers", "plans", "zorblat_tiers"])
        let json = """
        {"name": "p", "seed": \(seed), "entities": [{"name": "\(table)", "rows": \(rng.int(3...5)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "name", "kind": "enum", "values": ["Free", "Starter", "Pro", "Enterprise"]},
          {"name": "monthly_price", "type": "decimal", "kind": "enum", "values": [0, 9, 29, 499]}]}]}
        """
        for row in TestSupport.table(try TestSupport.plan(json), table) {
            let price = try #require(Double(row[2] ?? ""))
            switch row[1] {
            case "Free": #expect(price == 0, "\(table): \(row)")
            case "Enterprise": #expect(price >= 499, "\(table): \(row)")
            default: #expect(price > 0 && price < 499, "\(table): \(row)")
            }
        }
    }

    @Test func aGymsPlansAreMonthlyFeesNotSeats() throws {
        for prompt in ["Gym memberships: members, membership plans, memberships (start_date, end_date, status), check-ins",
                       "A fitness club with members, plans and payments"] {
            let schema = Planner().plan(prompt).schema
            let plans = try #require(schema.entities.first { $0.name.hasSuffix("plans") }, "\(prompt)")
            let names = plans.fields.map(\.name)
            #expect(names.contains("monthly_fee") && !names.contains("max_seats"), "\(prompt): \(names)")
        }
        // A SaaS company's plans keep their seats.
        let saas = Planner().plan("A SaaS app with accounts, plans and subscriptions").schema.entities.first { $0.name == "plans" }
        #expect(saas?.fields.contains { $0.name == "max_seats" } == true)
    }

    /// A gym's memberships are on one of its plans when the prompt lists them (they had none, and the plans joined
    /// nothing); without a table of plans, a membership names its plan.
    @Test func aMembershipIsOnAListedPlan() throws {
        for prompt in ["Gym memberships: members, membership plans, memberships (start_date, end_date, status), check-ins",
                       "A fitness club with members, plans and memberships"] {
            let schema = Planner().plan(prompt).schema
            let memberships = try #require(schema.entities.first { $0.name == "memberships" }, "\(prompt)")
            #expect(memberships.fields.contains { $0.references?.entity.hasSuffix("plans") == true }, "\(prompt): \(memberships.fields.map(\.name))")
        }
        let alone = Planner().plan("A gym with members and memberships").schema.entities.first { $0.name == "memberships" }
        #expect(alone?.field(named: "plan") != nil)
    }
}
