import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's nonprofit and wedding prompts: donations to a campaign two years after it ended,
/// "Lifetime Giving E" and a couple named 367.
@Suite struct RunsAndDonorsTests {
    @Test(arguments: [("campaigns", "donations", "donated_on"), ("auctions", "bids", "placed_at"),
                      ("fundraisers", "pledges", "pledged_on"), ("sprints", "commits", "committed_at")])
    func aRunsChildrenFallWithinIt(names: (String, String, String)) throws {
        let (parent, child, date) = names
        let type = date.hasSuffix("_at") ? "datetime" : "date"
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 8, "entities": [
          {"name": "donors", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "member_since", "type": "date", "kind": "date.past"}]},
          {"name": "\(parent)", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "start_date", "type": "date", "kind": "date.past"}, {"name": "end_date", "type": "date", "kind": "date.past"}]},
          {"name": "\(child)", "rows": 600, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "donor_id", "type": "integer", "references": "donors.id"},
            {"name": "run_id", "type": "integer", "references": "\(parent).id"},
            {"name": "\(date)", "type": "\(type)", "kind": "\(type).past"}]}]}
        """)
        let runs = TestSupport.table(plan, parent), donors = TestSupport.table(plan, "donors")
        var both = 0
        for row in TestSupport.table(plan, child) {
            let run = runs[try #require(row[2].flatMap { Int($0) }) - 1], donor = donors[try #require(row[1].flatMap { Int($0) }) - 1]
            let d = String(try #require(row[3]).prefix(10))
            let start = try #require(run[1]), end = try #require(run[2]), since = try #require(donor[1])
            #expect(d >= start && d <= end, "\(child) on \(d) outside \(start)…\(end)")
            if since > start && since < end { both += 1; #expect(d >= since, "given \(d) before the giver's start \(since)") }
        }
        #expect(both > 0)
    }

    @Test func aDonorsGivingIsMoneyAndACoupleIsTwoPeople() throws {
        let schema = Planner().plan("Nonprofit: donors (first_name, last_name, lifetime_giving) and weddings (couple_names, wedding_date)").schema
        let giving = schema.entity(named: "donors")?.fields.first { $0.name == "lifetime_giving" }
        #expect(giving?.type == .decimal && (giving?.max ?? 0) >= 10_000, "\(String(describing: giving))")
        let plan = try schema.resolve(ResolveOptions()).get()
        for couple in TestSupport.column(plan, "weddings", "couple_names").compactMap({ $0 }).prefix(100) {
            let parts = couple.split(separator: " ")
            #expect(parts.count >= 4 && parts[1] == "&", "\(couple)")
        }
    }
}
