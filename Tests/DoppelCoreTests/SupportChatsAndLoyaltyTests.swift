import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// "Customer support conversations: customers, agents, conversations (…) and messages (sender, body, sent_at)" had
/// conversations point at one message each, a sender that was a customer's id and bodies like "Running about ten
/// minutes late, sorry!" sent months after the conversation; a coffee shop's loyalty visits had diagnoses ("Sprain of
/// ankle"), its rewards were "Nimbus Reward is a reward" and redemptions spent unrelated points; a library fined 97.42
/// fourteen months after a due date. Drawn wordings.
@Suite struct SupportChatsAndLoyaltyTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aSupportConversationsMessagesAreItsLines(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["Customer support conversations", "A help desk", "A support chat tool"])): customers, "
            + "\(rng.pick(["agents", "representatives"])), conversations (channel, started_at, ended_at, satisfaction_score) and "
            + "messages (sender, \(rng.pick(["body", "text"])), sent_at)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let conversations = try #require(schema.entity(named: "conversations"))
        #expect(conversations.fields.contains { $0.references?.entity == "customers" }, "\(prompt)")
        #expect(!conversations.fields.contains { $0.references?.entity == "messages" }, "\(prompt)")
        let messages = try #require(schema.entity(named: "messages"))
        #expect(messages.fields.contains { $0.references?.entity == "conversations" }, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let c = try #require(plan.entity(named: "conversations")), m = try #require(plan.entity(named: "messages"))
        let start = try #require(c.column(named: "started_at")), end = try #require(c.column(named: "ended_at"))
        let sender = try #require(m.column(named: "sender")), body = try #require(m.column(named: "body") ?? m.column(named: "text"))
        let sent = try #require(m.column(named: "sent_at")), ref = try #require(m.column(named: "conversation_id"))
        let talks = TestSupport.table(plan, "conversations")
        for row in TestSupport.table(plan, "messages") {
            guard let who = row[sender], let text = row[body] else { continue }
            #expect(["customer", "agent"].contains(who), "\(who)")
            #expect((who == "agent" ? SupportLines.agent : SupportLines.customer).contains(text), "\(who): \(text)")
            if let id = row[ref].flatMap(Int.init), let at = row[sent].flatMap(TestSupport.instant),
               let a = talks[id - 1][start].flatMap(TestSupport.instant), let b = talks[id - 1][end].flatMap(TestSupport.instant) {
                #expect(at >= a && at <= b, "sent \(row[sent] ?? "") outside \(talks[id - 1][start] ?? "")–\(talks[id - 1][end] ?? "")")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aLoyaltyProgrammesVisitsRewardsAndRedemptionsAgree(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "Generate a dataset for a \(rng.pick(["coffee shop", "bakery", "retail store"])) loyalty program: members, visits, rewards and redemptions"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let visits = try #require(schema.entity(named: "visits"))
        #expect(visits.field(named: "diagnosis") == nil && visits.field(named: "reason") == nil, "\(prompt): \(visits.fields.map(\.name))")
        #expect(schema.entity(named: "rewards")?.field(named: "description") == nil, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let costs = TestSupport.column(plan, "rewards", "points_required")
        let r = try #require(plan.entity(named: "redemptions"))
        let spent = try #require(r.column(named: "points_spent")), ref = try #require(r.column(named: "reward_id"))
        for row in TestSupport.table(plan, "redemptions") {
            guard let id = row[ref].flatMap(Int.init), let s = row[spent] else { continue }
            #expect(s == costs[id - 1], "spent \(s), the reward costs \(costs[id - 1] ?? "nil")")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aLibraryFineIsSmallAndFollowsTheDueDate(seed: UInt64) throws {
        let prompt = "Create tables for a library: books (isbn, title, author, genre, published_year), members, loans (borrowed_on, due_on, returned_on) and fines"
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let f = try #require(plan.entity(named: "fines")), l = try #require(plan.entity(named: "loans"))
        let amount = try #require(f.column(named: "amount")), ref = try #require(f.column(named: "loan_id"))
        let issued = try #require(f.fields.firstIndex { $0.type == .date || $0.type == .datetime }), due = try #require(l.column(named: "due_on"))
        let loans = TestSupport.table(plan, "loans")
        for row in TestSupport.table(plan, "fines") {
            if let a = row[amount].flatMap(Double.init) { #expect(a >= 0.25 && a <= 25, "fine \(a)") }
            guard let id = row[ref].flatMap(Int.init), let at = row[issued].flatMap(TestSupport.instant),
                  let d = loans[id - 1][due].flatMap(TestSupport.instant) else { continue }
            #expect(at >= d && at <= d + 22 * 86_400, "fined \(row[issued] ?? "") for a loan due \(loans[id - 1][due] ?? "")")
        }
    }
}
