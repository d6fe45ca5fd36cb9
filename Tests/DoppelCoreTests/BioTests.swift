import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A bio on a table of one occupation names that occupation; elsewhere it names a
/// job from the job list. Either way the article fits the job ("an author", "an HR
/// Specialist"). Tables are drawn from a seeded generator.
@Suite struct BioTests {
    static let occupations = ["authors", "nurses", "flight_attendants", "engineers", "photographers", "pilots", "architects", "bakers"]
    static let others = ["customers", "members", "users", "people", "contacts", "donors"]

    @Test func aBioNamesItsTablesOccupationWithTheRightArticle() throws {
        for seed in UInt64(1)...30 {
            var rng = FuzzRandom(seed: seed)
            let isOccupation = rng.chance(0.5)
            let entity = isOccupation ? rng.pick(Self.occupations) : rng.pick(Self.others)
            let json = #"""
            {"name": "b", "seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 40, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "first_name", "type": "string", "kind": "person.first_name"},
              {"name": "bio", "type": "text", "kind": "text.bio"}]}]}
            """#
            let plan = try TestSupport.plan(json)
            let occupation = SchemaResolver.noun(entity)
            for row in TestSupport.table(plan, entity) {
                let first = row[1] ?? "?", bio = row[2] ?? ""
                #expect(bio.hasPrefix("\(first) is a"), "seed \(seed): \(bio)")
                if isOccupation {
                    let article = "aeiou".contains(occupation.first ?? "x") ? "an" : "a"
                    #expect(bio.hasPrefix("\(first) is \(article) \(occupation) based in "), "seed \(seed): \(bio)")
                } else {
                    // The job after the article: "an" exactly before a vowel sound.
                    let job = bio.dropFirst("\(first) is ".count)
                    let words = job.split(separator: " ")
                    guard words.count >= 2 else { Issue.record("seed \(seed): \(bio)"); continue }
                    #expect((words[0] == "an") == TextPolish.needsAn(Array(words[1])), "seed \(seed): \(bio)")
                }
            }
        }
    }
}
