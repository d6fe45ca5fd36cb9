import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelText

/// A stranger's "students and courses (many-to-many)" planned two unrelated tables, and "books and authors are
/// many-to-many" (as PLANNER.md documents) no join table: `student_courses` was taken for `courses` by its last word.
/// Drawn pairs, phrasings and settings.
@Suite struct ManyToManyTests {
    static let pairs: [(String, String)] = [("students", "courses"), ("movies", "actors"), ("posts", "tags"), ("books", "authors"),
                                            ("doctors", "hospitals"), ("users", "groups"), ("recipes", "ingredients"),
                                            ("products", "suppliers"), ("employees", "projects"), ("playlists", "songs")]
    static let phrasings: [@Sendable (String, String) -> String] = [
        { "\($0) and \($1) are many-to-many" }, { "\($0) and \($1) (many-to-many)" }, { "\($0) and \($1), many to many" },
        { "\($0) have a many-to-many relationship with \($1)" }, { "\($0) and \($1) with a many-to-many relationship" },
        { "many-to-many between \($0) and \($1)" }, { "A site with \($0) and \($1) (many to many)" },
    ]

    @Test(arguments: 1...24) func aManyToManyPairGetsAJoinTable(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (a, b) = rng.pick(Self.pairs)
        let phrase = rng.pick(Self.phrasings)(a, b)
        let prompt = rng.chance(0.5) ? phrase : phrase + ". Include created_at timestamps."
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt): \(PlanInvariants.problems(schema))")
        let joins = schema.entities.filter { e in
            let targets = Set(e.fields.compactMap { $0.references?.entity })
            return targets.contains(a) && targets.contains(b)
        }
        #expect(joins.count == 1, "\(prompt): \(schema.entities.map(\.name))")
        if let join = joins.first {
            let pair = join.fields.filter { $0.references != nil }.map(\.name)
            #expect(join.uniqueTogether.contains { Set($0) == Set(pair.prefix(2)) }, "\(prompt): \(join.name) \(join.uniqueTogether)")
        }
        // Through the join only: neither side references the other directly.
        for (x, y) in [(a, b), (b, a)] {
            let direct = schema.entity(named: x)?.fields.filter { $0.references?.entity == y } ?? []
            #expect(direct.isEmpty, "\(prompt): \(x) references \(y) directly: \(direct.map(\.name))")
        }
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 30)).get()
        #expect(plan.entities.count == schema.entities.count)
    }

    /// Tags (a blog's, a video site's, a recipe site's) are topics named once each, not any word ("end", "road").
    @Test(arguments: ["A blog with posts and tags (many-to-many)", "videos, hashtags and a video_hashtags join table",
                      "recipes and tags, many to many", "A forum with threads, posts and tags"])
    func tagsAreTopicsNamedOnce(prompt: String) throws {
        let table = prompt.contains("hashtags") ? "hashtags" : "tags"
        let (e, rows) = try TestSupport.planned(prompt, table, seed: 3, rows: 40)
        let names = try TestSupport.cells(e, rows, "name")
        #expect(!names.isEmpty)
        #expect(Set(names).count == names.count, "\(prompt): \(names)")
        for n in names { #expect(DomainCatalogue.topicTags.contains(n), "\(prompt): \(n)") }
    }
}
