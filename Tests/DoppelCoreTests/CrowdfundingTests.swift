import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's crowdfunding platform had marketing campaigns (an email channel and a budget) named "Cancer Research
/// Fundraiser" in Technology, and pledges from nobody. Drawn categories and seeds.
@Suite struct CrowdfundingTests {
    @Test(arguments: 1...6) func aProjectIsOfItsCategory(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let categories = Array(CrowdfundingProjects.titles.keys.sorted().shuffled(using: &rng).prefix(rng.int(2...8)))
        let json = """
        {"name": "crowdfunding", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["campaigns", "projects"]))", "rows": 200, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(rng.pick(["title", "name"]))", "kind": "text.title"},
            {"name": "category", "kind": "enum", "values": [\(categories.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let title = try #require(row[1]), category = try #require(row[2])
            #expect(CrowdfundingProjects.titles[category]?.contains(title) == true, "seed \(seed): \(row)")
        }
    }

    @Test func aCrowdfundingPlansCampaignsAndPledges() throws {
        let schema = Planner().plan("A crowdfunding platform with creators, campaigns, backers and pledges").schema
        let campaigns = try #require(schema.entities.first { $0.name == "campaigns" })
        #expect(campaigns.field(named: "goal_amount") != nil && campaigns.field(named: "channel") == nil)
        #expect(campaigns.fields.contains { $0.references?.entity == "creators" })
        let pledges = try #require(schema.entities.first { $0.name == "pledges" })
        #expect(Set(pledges.fields.compactMap { $0.references?.entity }) == ["backers", "campaigns"])
        // A marketing campaign stays one.
        let marketing = Planner().plan("A marketing team with campaigns, leads and emails").schema
        #expect(marketing.entities.first { $0.name == "campaigns" }?.field(named: "channel") != nil)
    }
}
