import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's greenhouse beds pointed at no greenhouse, and 14 of 15 plantings named a season their date was not in.
/// A numbered position is in the place listed with it; a `season` of season words is its row's date's. Drawn places,
/// positions, spellings and seeds.
@Suite struct PositionsAndSeasonsTests {
    @Test(arguments: [UInt64(0x71), 0x72, 0x73])
    func aPositionIsInThePlaceListedWithIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let place = rng.pick(["greenhouses", "barns", "warehouses", "marinas", "pavilions", "depots"])
            let position = rng.pick(["beds", "stalls", "berths", "lockers", "bays", "cubicles"])
            let after = rng.pick(["plantings", "visits", "zorblat_logs"])
            let prompt = rng.pick(["", "Tracking: ", "A business with "]) + "\(place), \(position) and \(after.replacingOccurrences(of: "_", with: " "))"
            let schema = Planner().plan(prompt).schema
            guard let p = schema.entities.first(where: { $0.name == position }) else { continue }
            // (the catalogue knows some positions, which keep their own references)
            if p.fields.contains(where: { $0.name == "section" }) {
                #expect(p.fields.contains { $0.references?.entity == place }, "\(prompt): \(p.fields.map(\.name))")
            }
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        }
    }

    @Test(arguments: [UInt64(0x81), 0x82, 0x83, 0x84])
    func aSeasonIsItsDatesSeason(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let autumn = rng.pick(["autumn", "fall", "Autumn"])
        let spring = autumn == "Autumn" ? "Spring" : "spring", summer = autumn == "Autumn" ? "Summer" : "summer",
            winter = autumn == "Autumn" ? "Winter" : "winter"
        let column = rng.pick(["season", "planting_season", "harvest_season"]), date = rng.pick(["planted_on", "harvest_date", "created_at"])
        let type = date == "created_at" ? "datetime" : "date"
        let json = """
        {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["plantings", "harvests", "zorblats"]))", "rows": \(rng.int(20...300)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(date)", "type": "\(type)", "kind": "\(type).past"},
          {"name": "\(column)", "kind": "enum", "values": ["\(spring)", "\(summer)", "\(autumn)", "\(winter)"]}]}]}
        """
        let plan = try TestSupport.plan(json)
        let bySeason = [winter, spring, summer, autumn]
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let month = try #require(Int((row[1] ?? "").split(separator: "-")[1]))
            #expect(row[2] == bySeason[(month % 12) / 3], "seed \(seed): \(row)")
        }
    }

    /// A sports season is not a time of year.
    @Test func aSportsSeasonIsLeftAlone() throws {
        let json = """
        {"name": "s", "seed": 3, "entities": [{"name": "matches", "rows": 50, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "played_on", "type": "date", "kind": "date.past"},
          {"name": "season", "kind": "enum", "values": ["2022-23", "2023-24"]}]}]}
        """
        let rows = TestSupport.table(try TestSupport.plan(json), "matches")
        #expect(Set(rows.compactMap { $0[2] }).isSubset(of: ["2022-23", "2023-24"]))
    }
}
