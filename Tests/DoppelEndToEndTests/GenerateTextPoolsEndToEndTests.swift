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
}
