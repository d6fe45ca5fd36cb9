import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing
@testable import DoppelLLM
import DoppelTestSupport

/// Free-text pools against the loopback fixture.
@Suite struct TextPoolTests {
    /// A fixture "model" that writes as many distinct reviews as the prompt asks for.
    static func writer(_ request: ChatCompletionsFixture.Recorded, _ n: Int) -> ChatCompletionsFixture.Reply {
        let prompt = request.messages.first { $0.role == "user" }?.content ?? ""
        let want = Self.number(after: "Write ", in: prompt) ?? 1
        let batch = Self.number(after: "This is batch ", in: prompt) ?? 1
        let texts = (0..<want).map { JSON.string("Review \(batch)-\($0): the battery lasted \($0 + batch) days.") }
        return .completion(JSON.object(JSONObject([("texts", .array(texts))])).serialized(), promptTokens: 50, completionTokens: 10 * want)
    }

    static func number(after marker: String, in text: String) -> Int? {
        guard let r = text.range(of: marker) else { return nil }
        return Int(text[r.upperBound...].prefix { $0.isNumber })
    }

    static let request = TextPoolRequest(entity: "reviews", field: "body", kind: "text.review",
                                         context: "an electronics shop", size: 60)

    @Test func aPoolIsWrittenInBoundedBatchesAndDrawnBySeed() async throws {
        let fixture = try ChatCompletionsFixture(script: Self.writer)
        let h = Harness(fixture: fixture)
        let builder = TextPoolBuilder(model: h.service, batchSize: 25)
        let outcome = try await builder.pool(for: Self.request)
        guard case let .pool(pool, warnings) = outcome else {
            Issue.record("expected a pool, got \(outcome)")
            return
        }
        #expect(warnings.isEmpty)
        #expect(pool.texts.count == 60)
        #expect(Set(pool.texts).count == 60)
        #expect(fixture.requestCount == builder.batches(for: 60))
        #expect(fixture.requestCount == 3)
        let prompt = fixture.requests[0].messages[1].content
        #expect(prompt.contains("Table: reviews") && prompt.contains("Column: body (kind text.review)"))
        #expect(prompt.contains("an electronics shop"))

        // A million rows draw from the pool with no further calls, the same way every time.
        var counts = [Int](repeating: 0, count: pool.texts.count)
        for row in 0..<1_000_000 { counts[pool.index(row: row, seed: 42)] += 1 }
        #expect(counts.allSatisfy { $0 > 10_000 })  // every text used, roughly evenly
        #expect(fixture.requestCount == 3)
        let first = (0..<20).map { pool.text(row: $0, seed: 42) }
        #expect(first == (0..<20).map { pool.text(row: $0, seed: 42) })
        #expect(first != (0..<20).map { pool.text(row: $0, seed: 43) })

        // Building the same pool again costs nothing: every batch is cached.
        let again = try await builder.pool(for: Self.request)
        #expect(again == outcome)
        #expect(fixture.requestCount == 3)
    }

    @Test func twoFieldsWithTheSamePoolDrawDifferently() {
        let texts = (0..<50).map { "t\($0)" }
        let a = TextPool(texts: texts, entity: "reviews", field: "body")
        let b = TextPool(texts: texts, entity: "tickets", field: "body")
        #expect((0..<30).map { a.text(row: $0, seed: 1) } != (0..<30).map { b.text(row: $0, seed: 1) })
    }

    @Test func templatesAreNotTextsButTheSubjectSlotIs() throws {
        let answer: JSONObject = ["texts": ["Loved {subject}, start to finish.", "[Product Name] is great!", "Five stars for {name}.",
                                            "It arrived late (two weeks) but works."]]
        let texts = try #require(TextPoolBuilder.texts(in: answer, excluding: []))
        #expect(texts == ["Loved {subject}, start to finish.", "It arrived late (two weeks) but works."])
    }

    @Test func theBriefAndTheMoodGoIntoThePrompt() {
        let brief = RowTextBrief(entity: "reviews", field: "body", noun: "review", role: "the body of a review", subjectNoun: "book",
                                 columns: ["id", "book_id", "rating"], ratingColumn: "rating")
        let request = TextPoolRequest(entity: "reviews", field: "body", kind: "text.review", context: "a bookshop", size: 10,
                                      brief: brief, mood: "negative")
        let prompt = TextPoolBuilder.userPrompt(request, want: 10, batch: 0, of: 1)
        #expect(prompt.contains("Each value is the body of a review, one per row. The row's other columns: id, book_id, rating."))
        #expect(prompt.contains("Where a text names the book, write {subject} instead of a name"))
        #expect(prompt.contains("These texts are for rows rated 1–2 of 5: clearly negative"))
        #expect(request.label == "reviews.body (negative)")
        // Without a brief the prompt is the column's alone.
        let plain = TextPoolBuilder.userPrompt(TextPoolRequest(entity: "t", field: "bio", kind: "text.bio", context: "c", size: 3),
                                               want: 3, batch: 0, of: 1)
        #expect(!plain.contains("{subject}") && !plain.contains("rows rated"))
    }

    @Test func malformedOutputIsRepairedOnce() async throws {
        let fixture = try ChatCompletionsFixture { request, n in
            n == 0 ? .completion("Here are some reviews: great, bad, fine") : Self.writer(request, n)
        }
        let h = Harness(fixture: fixture)
        let outcome = try await TextPoolBuilder(model: h.service).pool(for: TextPoolRequest(
            entity: "reviews", field: "body", kind: "text.review", context: "a hotel", size: 10))
        guard case let .pool(pool, _) = outcome else {
            Issue.record("expected a pool, got \(outcome)")
            return
        }
        #expect(pool.texts.count == 10)
        #expect(fixture.requestCount == 2)
        let repair = fixture.requests[1].messages
        #expect(repair.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(repair[3].content.contains("not valid JSON"))
    }

    @Test func duplicatesAreDroppedAndAShortPoolIsRepairedOrFallsBack() async throws {
        // Always the same three texts, differing only in case and spacing.
        let same: JSON = ["texts": ["Great  product", "great product", "GREAT PRODUCT", "Fine."]]
        let fixture = try ChatCompletionsFixture { _, _ in .completion(same.serialized()) }
        let h = Harness(fixture: fixture)
        let outcome = try await TextPoolBuilder(model: h.service).pool(for: TextPoolRequest(
            entity: "reviews", field: "body", kind: "text.review", context: "x", size: 10))
        guard case let .fallback(warning) = outcome else {
            Issue.record("expected a fallback, got \(outcome)")
            return
        }
        #expect(warning.contains("2 usable texts of 10"))
        #expect(warning.contains("built-in text engine"))
        #expect(fixture.requestCount == 2)  // one ask, one repair, then give up
    }

    @Test func garbageFallsBack() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .completion("¯\\_(ツ)_/¯") }
        let h = Harness(fixture: fixture)
        let outcome = try await TextPoolBuilder(model: h.service).pool(for: TextPoolRequest(
            entity: "tickets", field: "description", kind: "text.description", context: "a SaaS help desk", size: 5))
        guard case let .fallback(warning) = outcome else {
            Issue.record("expected a fallback, got \(outcome)")
            return
        }
        #expect(warning.contains("tickets.description"))
        #expect(fixture.requestCount == 2)
    }

    @Test func aSpentBudgetFallsBackWhenPreferredAndSurfacesWhenRequired() async throws {
        let fixture = try ChatCompletionsFixture(script: Self.writer)
        let h = Harness(fixture: fixture, maxRequestsPerDay: 0)
        let builder = TextPoolBuilder(model: h.service)
        let preferred = try await builder.pool(for: Self.request)
        guard case let .fallback(warning) = preferred else {
            Issue.record("expected a fallback, got \(preferred)")
            return
        }
        #expect(warning.contains("RATE_LIMIT_EXCEEDED"))
        let required = await requestError { _ = try await builder.pool(for: Self.request, use: .required) }
        #expect(required?.kind == "RATE_LIMIT_EXCEEDED")
        #expect(fixture.requestCount == 0)
    }
}
