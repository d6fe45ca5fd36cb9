import DoppelText
import DoppelEngine
import DoppelPlanner
import Testing

/// A model's pools for columns written for their row: a rated row draws from the pool of its
/// rating's mood, and `{subject}` becomes the name of what the row is about.
@Suite struct RowTextPoolTests {
    static let schema = #"""
    {"name": "bookshop", "seed": 3, "entities": [
      {"name": "books", "rows": 40, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "title", "type": "string", "kind": "media.title"},
        {"name": "genre", "type": "string", "kind": "media.genre"},
        {"name": "description", "type": "text", "kind": "text.description"}]},
      {"name": "reviews", "rows": 600, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "book_id", "type": "integer", "references": "books.id"},
        {"name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
        {"name": "body", "type": "text", "kind": "text.review"}]}]}
    """#

    static func key(_ mood: String) -> String { ResolveOptions.poolKey(entity: "reviews", field: "body", mood: mood) }

    /// Pools of random texts per mood, each text tagged with its mood, some naming `{subject}`.
    static func pools(seed: UInt64) -> [String: [String]] {
        var g = PlannerFuzzTests.SplitMix(state: seed)
        var out: [String: [String]] = [:]
        for mood in ["negative", "mixed", "positive"] {
            out[key(mood)] = (0..<(1 + Int(g.next() % 6))).map { i in
                g.next() % 2 == 0 ? "[\(mood)] {subject} is text \(i)." : "[\(mood)] text \(i), about {subject} and {subject}."
            }
        }
        return out
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func ratedRowsDrawFromTheirMoodAndNameTheirBook(seed: UInt64) throws {
        let pools = Self.pools(seed: seed)
        let plan = try TestSupport.plan(Self.schema, ResolveOptions(seed: seed, textPools: pools))
        let titles = TestSupport.column(plan, "books", "title")
        let refs = TestSupport.column(plan, "reviews", "book_id")
        let ratings = TestSupport.column(plan, "reviews", "rating")
        let bodies = TestSupport.column(plan, "reviews", "body")
        #expect(bodies.count == 600)
        for i in bodies.indices {
            let rating = try #require(ratings[i].flatMap { Int($0) }, "seed \(seed) row \(i)")
            let mood = rating >= 4 ? "positive" : rating <= 2 ? "negative" : "mixed"
            let title = try #require(refs[i].flatMap { Int($0) }.flatMap { titles[$0 - 1] }, "seed \(seed) row \(i)")
            let filled = (pools[Self.key(mood)] ?? []).map { $0.replacingOccurrences(of: "{subject}", with: title) }
            #expect(filled.contains(bodies[i] ?? ""), "seed \(seed) row \(i): rating \(rating), \(bodies[i] ?? "NULL")")
        }
    }

    @Test func aPlainPoolOnADescriptionNamesItsOwnRow() throws {
        let pool = ["{subject} is a quiet, careful read.", "Readers of {subject} will want the sequel."]
        let plan = try TestSupport.plan(Self.schema, ResolveOptions(textPools: ["books.description": pool]))
        let titles = TestSupport.column(plan, "books", "title"), descriptions = TestSupport.column(plan, "books", "description")
        for (title, text) in zip(titles, descriptions) {
            let title = try #require(title)
            #expect(pool.map { $0.replacingOccurrences(of: "{subject}", with: title) }.contains(text ?? ""), "\(text ?? "NULL")")
        }
    }

    @Test func theBriefsSayWhatARowIsAndWhichColumnsHaveMoods() throws {
        let plan = try TestSupport.plan(Self.schema)
        let briefs = plan.rowTextBriefs
        let body = try #require(briefs["reviews.body"])
        #expect(body.role == "the body of a review")
        #expect(body.subjectNoun == "book")
        #expect(body.ratingColumn == "rating" && body.moods == ["negative", "mixed", "positive"])
        #expect(body.columns == ["id", "book_id", "rating"])
        let description = try #require(briefs["books.description"])
        #expect(description.subjectNoun == "book" && description.moods.isEmpty)
        #expect(briefs["books.title"] == nil || briefs["books.title"]?.role == "the title of a book")
    }

    @Test func fillingNamesTheSubjectOrFallsBackToTheNoun() {
        #expect(RowTextBrief.fill("Loved {subject}.", subject: "Dune", noun: "book") == "Loved Dune.")
        #expect(RowTextBrief.fill("{subject} broke. Then {subject} broke again.", subject: nil, noun: "kettle")
            == "The kettle broke. Then the kettle broke again.")
        #expect(RowTextBrief.fill("I gave {subject} away.", subject: nil, noun: "kettle") == "I gave the kettle away.")
        #expect(RowTextBrief.fill("No slot here.", subject: "Dune", noun: "book") == "No slot here.")
    }
}
