import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's wildfires were named "Question about my invoice" (an incident's title was a support ticket's subject)
/// and 4 of 15 were contained before they started. A fire or a storm is named as such events are, and is contained or
/// put out after it started. Drawn tables, columns and seeds.
@Suite struct HazardNameTests {
    @Test(arguments: [UInt64(0x41), 0x42, 0x43])
    func aFireIsNamedForAPlaceAndContainedAfterItStarted(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["wildfire_incidents", "wildfires", "fires", "hurricanes", "storm_events"])
        let name = rng.pick(["name", "fire_name", "title"]).replacingOccurrences(of: "fire_", with: table.contains("fire") ? "fire_" : "")
        let (start, end) = rng.pick([("start_date", "contained_date"), ("started_on", "contained_on"), ("start_date", "extinguished_date")])
        let json = """
        {"name": "h", "seed": \(seed), "entities": [{"name": "\(table)", "rows": \(rng.int(10...200)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(name)", "type": "string", "kind": "text.title"},
          {"name": "\(start)", "type": "date", "kind": "date.past"},
          {"name": "\(end)", "type": "date", "kind": "date.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, table) {
            let title = try #require(row[1])
            let named = title.hasSuffix(" Fire") || title.hasPrefix("Hurricane ") || title.hasPrefix("Storm ")
            #expect(named, "\(table): \(title)")
            #expect(row[2]! <= row[3]!, "\(table): \(row)")
        }
    }

    /// A fire station or a fire drill is not a fire.
    @Test func aFireStationIsNoFire() {
        #expect(RowTitleWriter.family(ofNoun: "fire stations") != .hazard)
        #expect(RowTitleWriter.family(ofNoun: "fire drills") != .hazard)
        #expect(RowTitleWriter.family(ofNoun: "wildfire incidents") == .hazard)
    }
}
