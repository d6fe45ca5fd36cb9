import DoppelJSON
import DoppelTestSupport
import Foundation
import Testing

/// `generate` with a model configured: free-text fields draw from pools the
/// model writes once per field, a bounded number of calls for any row count.
@Suite struct GenerateTextPoolsEndToEndTests {
    static let schema: JSON = [
        "name": "shop", "entities": [
            ["name": "reviews", "rows": 120, "fields": [
                ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
                ["name": "body", "type": "text", "kind": "text.review"],
                ["name": "email", "type": "string", "kind": "internet.email"]]]]]

    /// As many texts as a pool request asks for, naming the column.
    static func answer(_ request: ChatCompletionsFixture.Recorded) -> ChatCompletionsFixture.Reply {
        let user = request.messages.last?.content ?? ""
        let column = user.split(separator: "\n").first { $0.hasPrefix("Column: ") }.map { String($0.dropFirst(8)) } ?? "?"
        let want = user.range(of: #"Write \d+ distinct"#, options: .regularExpression)
            .flatMap { Int(user[$0].split(separator: " ")[1]) } ?? 0
        let texts = (0..<want).map { JSON.string("MODEL \(column) text \($0)") }
        return .completion(JSON.object(JSONObject([("texts", .array(texts))])).serialized())
    }

    static func bodies(_ response: JSON) -> [String] {
        (response["result"]?["datasets"]?["reviews"]?["content"]?.arrayValue ?? []).compactMap { $0["body"]?.stringValue }
    }

    @Test func freeTextComesFromABoundedPoolAndRepeatsFromTheCache() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in Self.answer(request) }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture, extra: ["--llm-text-pool-size", "6"]))
        let client = try await daemon.connectAsync()
        let params: JSON = ["schema": Self.schema, "output_format": "json", "seed": 5]
        let first = try await client.callAsync("generate", params: params)
        let bodies = Self.bodies(first)
        #expect(bodies.count == 120, "\(first)")
        #expect(bodies.allSatisfy { $0.hasPrefix("MODEL ") }, "\(bodies.prefix(2))")
        #expect(Set(bodies).count == 6)  // the whole pool, and no more
        #expect(fixture.requestCount == 1)

        // The same request again: identical rows, no upstream call.
        let again = try await client.callAsync("generate", params: params, id: 2)
        #expect(Self.bodies(again) == bodies)
        #expect(fixture.requestCount == 1)

        // text_source builtin: the engine's own reviews, no call.
        var builtin = params.objectValue ?? JSONObject()
        builtin["text_source"] = "builtin"
        let local = try await client.callAsync("generate", params: .object(builtin), id: 3)
        #expect(Self.bodies(local).count == 120)
        #expect(Self.bodies(local).allSatisfy { !$0.hasPrefix("MODEL") })
        #expect(fixture.requestCount == 1)
        #expect(local["result"]?["metadata"]?["warnings"]?.arrayValue?.contains { $0.stringValue?.contains("text_source") == true } != true)
    }

    static let rated: JSON = [
        "name": "bookshop", "entities": [
            ["name": "books", "rows": 12, "fields": [
                ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
                ["name": "title", "type": "string", "kind": "media.title"]]],
            ["name": "reviews", "rows": 150, "fields": [
                ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
                ["name": "book_id", "type": "integer", "references": "books.id"],
                ["name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5],
                ["name": "body", "type": "text", "kind": "text.review"]]]]]

    /// Texts that say which mood their prompt asked for and name the book the way the prompt says.
    static func moodAnswer(_ request: ChatCompletionsFixture.Recorded) -> ChatCompletionsFixture.Reply {
        let user = request.messages.last?.content ?? ""
        let mood = ["negative", "mixed", "positive"].first { user.contains("clearly \($0)") || (user.contains(": \($0),") && $0 == "mixed") } ?? "none"
        let slot = user.contains("write {subject} instead of a name") ? "{subject}" : "it"
        let want = user.range(of: #"Write \d+ distinct"#, options: .regularExpression)
            .flatMap { Int(user[$0].split(separator: " ")[1]) } ?? 0
        let texts = (0..<want).map { JSON.string("MODEL \(mood) take \($0) on \(slot).") }
        return .completion(JSON.object(JSONObject([("texts", .array(texts))])).serialized())
    }

    @Test func aRatedReviewComesFromItsMoodsPoolAndNamesItsBook() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in Self.moodAnswer(request) }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture, extra: ["--llm-text-pool-size", "9"]))
        let client = try await daemon.connectAsync()
        let response = try await client.callAsync("generate", params: ["schema": Self.rated, "output_format": "json", "seed": 8])
        let books = response["result"]?["datasets"]?["books"]?["content"]?.arrayValue ?? []
        let reviews = response["result"]?["datasets"]?["reviews"]?["content"]?.arrayValue ?? []
        #expect(reviews.count == 150, "\(response)")
        #expect(fixture.requestCount == 3)  // one per mood
        for review in reviews {
            let rating = review["rating"]?.intValue ?? 0, body = review["body"]?.stringValue ?? ""
            let title = books.first { $0["id"]?.intValue == review["book_id"]?.intValue }?["title"]?.stringValue ?? "?"
            let mood = rating >= 4 ? "positive" : rating <= 2 ? "negative" : "mixed"
            #expect(body.hasPrefix("MODEL \(mood) take ") && body.hasSuffix(" on \(title)."), "rating \(rating): \(body)")
        }
    }
}
