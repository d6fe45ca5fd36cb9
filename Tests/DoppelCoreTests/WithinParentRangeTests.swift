import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's recruitment agency placed a candidate at $38,361 into a $131k–190k opening, its clients were shoppers
/// with loyalty tiers and its job orders factory work orders; a festival's ticket sales were an artist's. Drawn
/// spellings and seeds.
@Suite struct WithinParentRangeTests {
    @Test(arguments: 1...8) func aValueLiesInItsParentsRange(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let stem = rng.pick(["salary", "rent", "rate", "price"])
        let (low, high) = rng.pick(ColumnNames.rangeSpellings)
        let json = """
        {"name": "s", "seed": \(seed), "entities": [
          {"name": "openings", "rows": \(rng.int(5...50)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(low.replacingOccurrences(of: "*", with: stem))", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 100000},
            {"name": "\(high.replacingOccurrences(of: "*", with: stem))", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 200000}]},
          {"name": "offers", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "opening_id", "references": "openings.id"}, {"name": "\(stem)", "type": "decimal", "kind": "number.decimal"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let ranges = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "openings").map { ($0[0] ?? "", (Double($0[1] ?? "") ?? 0, Double($0[2] ?? "") ?? 0)) })
        for row in TestSupport.table(plan, "offers") {
            let r = try #require(ranges[row[1] ?? ""]), v = try #require(Double(row[2] ?? ""))
            #expect(v >= r.0 - 0.01 && v <= r.1 + 0.01, "seed \(seed): \(row) in \(r)")
        }
    }

    @Test func aRecruitmentAgencysTablesAreItsTrades() throws {
        let schema = Planner().plan("A recruitment agency with candidates, clients, job orders and placements").schema
        let clients = try #require(schema.entities.first { $0.name == "clients" })
        #expect(clients.field(named: "name")?.kind == "company.name" && clients.field(named: "loyalty_tier") == nil)
        let orders = try #require(schema.entities.first { $0.name == "job_orders" })
        #expect(orders.field(named: "title") != nil && orders.field(named: "work_order_number") == nil, "\(orders.fields.map(\.name))")
        let placements = try #require(schema.entities.first { $0.name == "placements" })
        #expect(Set(placements.fields.compactMap { $0.references?.entity }) == ["candidates", "job_orders"])
    }

    @Test func aFestivalsSalesAreNotAnArtists() throws {
        let schema = Planner().plan("A music festival with artists, stages, performances and ticket sales").schema
        let sales = try #require(schema.entities.first { $0.name == "ticket_sales" })
        #expect(!sales.fields.contains { $0.references?.entity == "artists" } && sales.field(named: "ticket_type") != nil)
        let performances = try #require(schema.entities.first { $0.name == "performances" })
        #expect(Set(performances.fields.compactMap { $0.references?.entity }) == ["artists", "stages"])
        #expect(schema.entities.first { $0.name == "stages" }?.field(named: "capacity") != nil)
    }
}
