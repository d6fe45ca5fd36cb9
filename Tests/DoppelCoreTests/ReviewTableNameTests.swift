import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A table of reviews named for what it reviews (`book_reviews`, `movie_ratings`, `course_evaluations`) writes about
/// a book, a movie, a course — never "this book review"; one named for its reviewers (`customer_reviews`) about what
/// such a reviewer reviews, never "this customer".
@Suite struct ReviewTableNameTests {
    static let things = ["book", "movie", "product", "hotel", "course", "app", "restaurant", "game", "podcast", "album", "workshop"]
    static let responses = ["reviews", "ratings", "feedback", "evaluations", "testimonials"]
    static let reviewers = ["customer", "guest", "patient", "student", "user", "diner", "passenger", "reader"]

    static func bodies(_ table: String, seed: UInt64) throws -> [String] {
        let plan = try TestSupport.plan("""
        {"name": "reviews", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 40, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
          {"name": "body", "type": "text", "kind": "text.paragraph"}]}]}
        """)
        return TestSupport.table(plan, table).compactMap { $0[2] }
    }

    @Test(arguments: 0..<30) func aReviewIsAboutTheThingItsTableNames(seed: Int) throws {
        let thing = Self.things[seed % Self.things.count], response = Self.responses[(seed / 3) % Self.responses.count]
        let table = "\(thing)_\(response)"
        let bodies = try Self.bodies(table, seed: UInt64(seed))
        #expect(bodies.count == 40)
        let singular = response == "feedback" ? "feedback" : String(response.dropLast())
        for b in bodies {
            #expect(!b.lowercased().contains("\(thing) \(singular)"), "\(table): \(b)")
            // (not a performance appraisal of a person)
            #expect(!b.contains("expectations this period") && !b.contains("Particularly strong at"), "\(table): \(b)")
        }
        #expect(bodies.filter { $0.lowercased().contains(thing) }.count >= bodies.count * 3 / 5, "\(table): \(bodies.prefix(3))")
    }

    @Test(arguments: 0..<16) func aReviewNamedForItsReviewersIsNotAboutThem(seed: Int) throws {
        let who = Self.reviewers[seed % Self.reviewers.count], response = ["reviews", "ratings", "feedback"][seed % 3]
        let table = "\(who)_\(response)"
        for b in try Self.bodies(table, seed: UInt64(seed)) {
            #expect(!b.lowercased().contains("this \(who)") && !b.lowercased().contains("\(who) review"), "\(table): \(b)")
        }
    }
}
