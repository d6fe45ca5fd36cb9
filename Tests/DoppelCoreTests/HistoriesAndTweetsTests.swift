import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// "User accounts with login history" planned bank accounts with a text column "Login History E"; "patient vital signs
/// over time" were "Nimbus Sign is a patient vital sign"; tweets had titles ("Summit Tweet") and meeting minutes for
/// text. Drawn wordings.
@Suite struct HistoriesAndTweetsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aHistoryIsATableOfItsMoments(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (owner, history) = rng.pick([("user accounts", "login history"), ("customers", "purchase history"), ("servers", "audit log"),
                                         ("members", "login history")])
        let prompt = "\(owner) with \(rng.pick(["", "a ", "their "]))\(history)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(schema.entities.count == 2, "\(prompt): \(schema.entities.map(\.name))")
        let child = try #require(schema.entities.first { $0.name.contains(history.split(separator: " ")[0]) }, "\(prompt): \(schema.entities.map(\.name))")
        #expect(child.fields.contains { $0.references?.entity == schema.entities[0].name }, "\(prompt): \(child.fields.map(\.name))")
        #expect(!schema.entities[0].fields.contains { $0.name.hasSuffix("history") || $0.name.hasSuffix("log") }, "\(prompt)")
        #expect(schema.entities[0].field(named: "account_number") == nil, "\(prompt): user accounts are no bank accounts")
    }

    @Test func patientVitalSignsAreReadings() {
        let s = Planner().plan("patient vital signs over time").schema
        let e = s.entities.first
        #expect(e?.field(named: "heart_rate") != nil && e?.field(named: "title") == nil, "\(e?.fields.map(\.name) ?? [])")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aTweetIsAShortPostWithoutATitle(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = rng.pick(["tweets with likes and retweets", "users and their tweets", "a Twitter clone with users, tweets and follows"])
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(schema.entity(named: "tweets")?.field(named: "title") == nil, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        for text in TestSupport.column(plan, "tweets", "text").compactMap({ $0 }) {
            #expect(SocialPosts.lines.contains(text), "\(prompt): \(text)")
        }
    }
}
