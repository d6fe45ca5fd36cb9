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

    /// Beside a job title column the bio names that title, whatever writes it: the department's
    /// ladder, a plain draw, a unique title, a nullable one.
    @Test(arguments: [UInt64(41), 42, 43, 44, 45, 46])
    func aBioNamesItsRowsJobTitle(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["employees", "staff", "nurses", "contractors", "team_members"])
        var fields = [#"{"name": "id", "primary_key": true}"#, #"{"name": "first_name"}"#]
        if rng.chance(0.6) { fields.append(#"{"name": "department"}"#) }
        let title = rng.pick(["job_title", "title", "position_title", "occupation"])
        fields.append(rng.chance(0.3) ? #"{"name": "\#(title)", "kind": "company.job_title", "nullable": 0.2}"#
                                      : #"{"name": "\#(title)", "kind": "company.job_title"}"#)
        fields.insert(#"{"name": "bio", "kind": "text.bio"}"#, at: rng.int(1...fields.count))
        let json = #"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 300, "fields": [\#(fields.joined(separator: ", "))]}]}"#
        let plan = try TestSupport.plan(json)
        let bios = TestSupport.column(plan, entity, "bio"), titles = TestSupport.column(plan, entity, title)
        for (bio, job) in zip(bios, titles) {
            guard let job else { continue }
            let article = TextPolish.needsAn(Array(job.prefix { $0 != " " })) ? "an" : "a"
            #expect(bio?.contains(" is \(article) \(job) based in ") == true, "\(job): \(bio ?? "nil")")
        }
    }
}
