import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's esports league had players in the "viewer" role, teams in the region of Arizona and
/// matches on "Map B"; a stranger's album had a track called "The Island of the Island".
@Suite struct EsportsAndTitleTests {
    static func values(_ prompt: String, _ table: String, _ column: String) -> Set<String> {
        let f = Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
        return Set(f?.values?.compactMap(\.stringValue) ?? [])
    }

    @Test(arguments: ["Esports league", "An esports tournament organiser", "E-sports circuit"])
    func anEsportsLeaguesPlayersMapsAndRegions(opening: String) {
        let prompt = "\(opening): teams (name, region), players (team_id, gamertag, role), matches (home_team_id, away_team_id, played_at, map)"
        let roles = Self.values(prompt, "players", "role")
        #expect(roles.contains("Support") && !roles.contains("viewer"), "\(roles)")
        #expect(Self.values(prompt, "matches", "map").contains("Citadel"))
        let regions = Self.values(prompt, "teams", "region")
        #expect(regions.contains("Europe") && !regions.contains("Arizona"), "\(regions)")
    }

    /// "The Secret of the Island", never "The Island of the Island": over every draw of many rows.
    @Test func aTitleNeverNamesOneWordTwice() throws {
        let plan = try TestSupport.plan("""
            {"name": "albums", "entities": [{"name": "tracks", "rows": 20000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "title", "type": "string", "kind": "media.title"}]}]}
            """, ResolveOptions(seed: 8))
        var ofThe = 0
        for title in TestSupport.column(plan, "tracks", "title").compactMap({ $0 }) {
            guard let r = title.range(of: " of the ") else { continue }
            ofThe += 1
            #expect(title[title.index(title.startIndex, offsetBy: 4)..<r.lowerBound] != title[r.upperBound...], "\(title)")
        }
        #expect(ofThe > 1_000)
    }
}
