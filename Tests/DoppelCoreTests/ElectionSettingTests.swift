import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// An election's candidates stand for a party (not job applicants with years of experience), its districts are
/// numbered with registered voters (not neighbourhoods with a walk score), its votes are ballots cast (not upvotes);
/// a forum's votes stay upvotes. A warehouse's bins and pick lists are storage locations and picking orders.
@Suite struct ElectionSettingTests {
    static let prompts = ["Election with candidates, districts, voters and votes", "Election results: candidates, precincts and ballots",
                          "Voter registration with voters and districts", "Local elections with candidates and votes"]

    @Test(arguments: 0..<4) func anElectionIsAnElections(seed: Int) throws {
        let prompt = Self.prompts[seed]
        let schema = Planner().plan(prompt).schema
        func fields(_ t: String) -> Set<String>? { schema.entities.first { $0.name == t }.map { Set($0.fields.map(\.name)) } }
        if let c = fields("candidates") { #expect(c.contains("party") && !c.contains("years_experience"), "\(prompt): \(c)") }
        if let d = fields("districts") { #expect(d.contains("registered_voters") && !d.contains("walk_score"), "\(prompt): \(d)") }
        for t in ["votes", "ballots"] {
            if let v = fields(t) { #expect(v.contains("cast_at") && !v.contains("value"), "\(prompt): \(v)") }
        }
        if let v = fields("voters") { #expect(v.contains("party_affiliation"), "\(prompt): \(v)") }
    }

    @Test func aForumsVotesStayUpvotes() throws {
        let schema = Planner().plan("Forum with users, posts and votes").schema
        let v = try #require(schema.entities.first { $0.name == "votes" })
        #expect(v.fields.contains { $0.name == "value" }, "\(v.fields.map(\.name))")
    }

    @Test func aWarehousesBinsAndPickListsAreItsOwn() throws {
        let schema = Planner().plan("Warehouse with products, bins, stock movements and pick lists").schema
        let bins = try #require(schema.entities.first { $0.name == "bins" }), picks = try #require(schema.entities.first { $0.name == "pick_lists" })
        #expect(bins.fields.contains { $0.name == "code" } && !bins.fields.contains { $0.name == "description" })
        #expect(picks.fields.contains { $0.name == "status" } && !picks.fields.contains { $0.name == "description" })
    }
}
