import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A table that pairs two rows of another (`matches` of two users) is read as a pairing with a unique pair;
/// when a third table refers to one of its rows by id (`messages.match_id`), the pairing gets an id of its
/// own as its key, and the reference points at that id, never at one of the pair's columns.
@Suite struct PairingTableTests {
    static let cases: [(pairs: String, pair: String, people: String, person: String, children: String)] = [
        ("matches", "match", "users", "user", "messages"),
        ("friendships", "friendship", "members", "member", "notes"),
        ("connections", "connection", "accounts", "account", "reports"),
        ("trades", "trade", "players", "player", "disputes"),
        ("mentorships", "mentorship", "employees", "employee", "sessions"),
        ("duels", "duel", "fighters", "fighter", "rounds"),
    ]

    @Test(arguments: cases.indices)
    func aPairingReferredToByIdHasItsOwnKey(_ i: Int) throws {
        let c = Self.cases[i]
        let prompt = "An app with \(c.people) (name, email), \(c.pairs) (\(c.person)_id, other_\(c.person)_id, created_at) "
            + "and \(c.children) (\(c.pair)_id, noted_at, body)"
        let s = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(PlanInvariants.problems(s))")
        let pairs = try #require(s.entity(named: c.pairs))
        #expect(pairs.primaryKey?.name == "id")
        #expect(pairs.primaryKey?.type == .integer)
        #expect(s.entity(named: c.children)?.field(named: "\(c.pair)_id")?.references?.description == "\(c.pairs).id")
        #expect(pairs.field(named: "\(c.person)_id")?.references?.description == "\(c.people).id")
        #expect(pairs.field(named: "\(c.person)_id")?.unique != true)
    }
}
