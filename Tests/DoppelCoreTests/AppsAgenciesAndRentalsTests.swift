import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Strangers' prompts that read wrong: a dating app's likes were "haha" and "angry" reactions and a bio enjoyed
/// "cycling and cycling"; heart-rate samples were notes ("Jordan will call back"); a course marketplace shipped its
/// courses Same-Day and put an Astronomy teacher in Electronics; a streaming service sold Business plans at $288 a month
/// with 54 seats; a car rental's damages were "Vega Damage" tied to nothing; a marketing agency's clients had loyalty
/// tiers and its impressions were notes. Drawn wordings.
@Suite struct AppsAgenciesAndRentalsTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func aDatingAppsLikesAreOneProfileLikingAnother(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["Dating app", "A dating platform", "A swipe-based dating app"])): profiles, likes, matches and messages"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let likes = try #require(schema.entity(named: "likes"))
        #expect(likes.field(named: "reaction_type") == nil, "\(likes.fields.map(\.name))")
        #expect(likes.fields.filter { $0.references?.entity == "profiles" }.count == 2, "\(likes.fields.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        for bio in TestSupport.column(plan, "profiles", "bio").compactMap({ $0 }) {
            guard let enjoys = bio.range(of: " enjoys ") else { continue }
            let pair = bio[enjoys.upperBound...].dropLast().components(separatedBy: " and ")
            #expect(pair.count != 2 || pair[0] != pair[1], "\(bio)")
        }
    }

    @Test func heartRateSamplesAreBeatsPerMinute() throws {
        let schema = Planner().plan("Fitness app with users, workouts (type, duration_minutes, calories_burned, started_at) and heart_rate_samples").schema
        let plan = try schema.resolve(ResolveOptions(seed: 4, rows: 60)).get()
        let bpm = TestSupport.column(plan, "heart_rate_samples", "bpm").compactMap { $0.flatMap(Int.init) }
        #expect(!bpm.isEmpty && bpm.allSatisfy { (40...220).contains($0) }, "\(bpm.prefix(6))")
        #expect(schema.entity(named: "heart_rate_samples")?.field(named: "notes") == nil)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aCourseIsBoughtOnlineAndItsTeacherIsInTheirSubject(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["Online course marketplace", "An e-learning marketplace", "A course platform"])): teachers, courses, students, "
            + "\(rng.pick(["purchases", "orders"])) and course_reviews (rating, review)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let buys = try #require(schema.entities.first { ["purchases", "orders"].contains($0.name) })
        #expect(buys.field(named: "shipping_method") == nil, "\(prompt): \(buys.fields.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        let t = try #require(plan.entity(named: "teachers"))
        if let s = t.column(named: "subject"), let d = t.column(named: "department") {
            for row in TestSupport.table(plan, "teachers") {
                guard let subject = row[s], let department = row[d], let allowed = SchemaResolver.subjectDepartments[subject] else { continue }
                #expect(allowed.contains(department), "\(subject) in \(department)")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aStreamingPlanCostsAHouseholdsMonth(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["Subscription streaming", "A video streaming service", "A music streaming app"])): plans, subscribers, "
            + "subscriptions (started_on, cancelled_on, status) and payments"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        let p = try #require(plan.entity(named: "plans"))
        let name = try #require(p.column(named: "name")), price = try #require(p.column(named: "monthly_price"))
        for row in TestSupport.table(plan, "plans") {
            guard let n = row[name], let v = row[price].flatMap(Double.init), let range = SchemaResolver.streamingPlanPrices[n.lowercased()] else { continue }
            #expect(range.contains(v), "\(n) at \(v)")
        }
        let joined = TestSupport.column(plan, "subscribers", "subscribed_at").map { $0.flatMap(TestSupport.instant) }
        let s = try #require(plan.entity(named: "subscriptions"))
        let started = try #require(s.column(named: "started_on")), ref = try #require(s.column(named: "subscriber_id"))
        for row in TestSupport.table(plan, "subscriptions") {
            guard let id = row[ref].flatMap(Int.init), let at = row[started].flatMap(TestSupport.instant), let j = joined[id - 1] else { continue }
            #expect(at >= j - 86_400, "started \(row[started] ?? "") before subscribing")
        }
    }

    @Test func aRentalsDamagesAreOnARental() {
        let s = Planner().plan("Car rental company: branches, cars, customers, rentals (pickup_at, return_at, daily_rate, total) and damages").schema
        let damages = s.entity(named: "damages")
        #expect(damages?.fields.contains { $0.references?.entity == "rentals" } == true, "\(damages?.fields.map(\.name) ?? [])")
        #expect(damages?.field(named: "title") == nil && damages?.field(named: "repair_cost") != nil)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func anAgencysClientsAreCompaniesAndItsAdsAreMeasured(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["Marketing agency", "An advertising agency", "A digital marketing consultancy"])) with clients, campaigns, "
            + "ads (headline, channel, budget), impressions and clicks"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(schema.entity(named: "clients")?.field(named: "loyalty_tier") == nil, "\(prompt)")
        #expect(schema.entity(named: "ads")?.fields.contains { $0.references?.entity == "campaigns" } == true, "\(prompt)")
        #expect(schema.entity(named: "campaigns")?.fields.contains { $0.references?.entity == "ads" } == false, "\(prompt)")
        for table in ["impressions", "clicks"] {
            let e = schema.entity(named: table)
            #expect(e?.field(named: "notes") == nil && e?.fields.contains { $0.references?.entity == "ads" } == true, "\(table): \(e?.fields.map(\.name) ?? [])")
        }
    }
}
