import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelTestSupport
import Foundation
import Testing

/// `schema.plan` through the model — the loopback chat-completions fixture
/// standing in for it — with a real doppeld: a valid schema, a repair, a
/// fallback, the caches, upstream refusals, and keys kept out of every file.
@Suite struct LLMPlannerEndToEndTests {
    static let prompt = "A library with authors and books"
    static let requestKey = "sk-test-PLANKEY-5e2a9c1d07"

    /// A schema the engine accepts, marked so a test can tell it came from the model (`pen_name`, 7 authors).
    static let valid: JSON = [
        "name": "library",
        "entities": [
            ["name": "authors", "rows": 7, "fields": [
                ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
                ["name": "pen_name", "type": "string", "kind": "person.full_name"]]],
            ["name": "books", "rows": 40, "fields": [
                ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
                ["name": "title", "type": "string", "kind": "media.title"],
                ["name": "isbn", "type": "string", "kind": "media.isbn", "unique": true],
                ["name": "author_id", "type": "integer", "references": "authors.id"]]],
        ],
    ]

    /// The same schema with a reference to an entity that does not exist.
    static let dangling: JSON = {
        var books = valid["entities"]?[1]?.objectValue ?? JSONObject()
        var fields = books["fields"]?.arrayValue ?? []
        fields[3] = ["name": "author_id", "type": "integer", "references": "writers.id"]
        books["fields"] = .array(fields)
        return ["name": "library", "entities": [valid["entities"]?[0] ?? .null, .object(books)]]
    }()

    static func isPlanning(_ request: ChatCompletionsFixture.Recorded) -> Bool {
        request.messages.first?.content.contains("You design dataset schemas for Doppel") == true
    }

    static func plan(_ client: RawClient, _ params: JSON) async throws -> JSON {
        try await client.callAsync("schema.plan", params: params, timeout: 30)
    }

    @Test func aValidSchemaFromTheModelThenTheCaches() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            Self.isPlanning(request) ? .completion(Self.valid.serialized()) : .error(400, "unexpected request")
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture))
        let client = try await daemon.connectAsync()
        let first = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "llm"])["result"])
        #expect(first["planner"] == "llm" && first["cached"] == false && first["warnings"] == [])
        let schema = try Schema.decode(#require(first["schema"])).get()
        #expect(schema.entity(named: "authors")?.field(named: "pen_name") != nil && schema.entity(named: "authors")?.rows == 7)
        #expect(fixture.requestCount == 1)
        // What the model was asked: the schema form's JSON Schema, the kinds, the built-in draft as a hint.
        let sent = try #require(fixture.requests.first)
        #expect(sent.body?["temperature"] == 0 && sent.body?["response_format"] == ["type": "json_object"])
        #expect(sent.messages[0].content.contains("\"title\":\"Doppel schema form\"") && sent.messages[0].content.contains("person.full_name"))
        #expect(sent.messages[1].content.contains(Self.prompt) && sent.messages[1].content.contains("A rule-based planner drafted"))

        // Again, as auto (the default): the plan cache answers, no upstream request.
        let again = try #require(await Self.plan(client, ["prompt": .string(Self.prompt)])["result"])
        #expect(again["cached"] == true && again["planner"] == "llm" && again["schema"] == first["schema"])
        #expect(fixture.requestCount == 1)
        // builtin does not use the model.
        let builtin = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "builtin"])["result"])
        #expect(builtin["planner"] == "builtin" && builtin["schema"] != first["schema"])
        #expect(fixture.requestCount == 1)
        let status = try #require(await client.callAsync("status")["result"])
        #expect(status["caches"]?["schemaPlans"]?["hits"] == 1)
        #expect(status["llm"]?["upstream_calls"] == 1)
    }

    @Test func anInvalidSchemaIsRepairedOnce() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            // The repair round carries the first answer and the problems.
            request.messages.count >= 4 ? .completion(Self.valid.serialized()) : .completion(Self.dangling.serialized())
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture))
        let client = try await daemon.connectAsync()
        let result = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "llm"])["result"])
        #expect(result["planner"] == "llm")
        #expect(result["schema"]?["entities"]?[1]?["fields"]?[3]?["references"] == "authors.id")
        let warnings = result["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.count == 1 && warnings.first?.contains("repaired in a second round") == true)
        #expect(fixture.requestCount == 2)
        let repair = try #require(fixture.requests.last?.messages.last?.content)
        #expect(repair.contains("books.author_id") && repair.contains("writers"))
    }

    @Test func garbageFallsBackToTheBuiltInPlannerWithAWarning() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .completion("Sure! Here is your schema: tables and columns.") }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture))
        let client = try await daemon.connectAsync()
        let result = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "llm"])["result"])
        #expect(result["planner"] == "builtin" && result["cached"] == false)
        let warnings = result["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.contains { $0.contains("still unusable after one repair") && $0.contains("used the built-in planner") })
        let builtin = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "builtin"])["result"])
        #expect(result["schema"] == builtin["schema"])
        #expect(fixture.requestCount == 2)
        // Asked again: neither the fallback nor the unusable answers were kept, so the model is asked
        // again (it may have recovered), and status counts the failures by kind.
        let again = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "llm"])["result"])
        #expect(again["planner"] == "builtin" && again["schema"] == result["schema"])
        #expect(fixture.requestCount == 4)
        let llm = try #require(await client.callAsync("status")["result"]?["llm"])
        #expect(llm["failures_by_kind"]?["LLM_OUTPUT_INVALID"] == 2)
        #expect(llm["last_error"]?["kind"] == "LLM_OUTPUT_INVALID")
    }

    @Test func refusalsAndKeysStayOutOfEveryFile() async throws {
        // The endpoint refuses, echoing the key back as OpenAI does.
        let fixture = try ChatCompletionsFixture { request, _ in
            let key = String((request.headers["authorization"] ?? "").dropFirst("Bearer ".count))
            return .error(401, "Incorrect API key provided: \(key).")
        }
        let directory = try TemporaryDirectory()
        let log = directory.file("state/doppeld.log")
        try FileManager.default.createDirectory(atPath: directory.file("state"), withIntermediateDirectories: true)
        let daemon = try await TestDaemon.start(
            extraArguments: LLMDaemonEndToEndTests.flags(fixture, cache: "disk", extra: ["--log-file", log]), directory: directory)
        let client = try await daemon.connectAsync()
        let params: JSON = ["prompt": .string(Self.prompt), "planner": "llm", "api_key": .string(Self.requestKey)]
        let refused = try #require(await Self.plan(client, params)["error"])
        #expect(refused["code"] == 1602 && refused["data"]?["kind"] == "UNAUTHORIZED")
        #expect(!refused.serialized().contains(Self.requestKey))
        // auto falls back to the built-in planner, saying why.
        let auto = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "api_key": .string(Self.requestKey)])["result"])
        #expect(auto["planner"] == "builtin")
        #expect(auto["warnings"]?.arrayValue?.contains { $0.stringValue?.contains("UNAUTHORIZED") == true } == true)
        #expect(!auto.serialized().contains(Self.requestKey))
        client.close()
        #expect(try await daemon.terminateAsync() == 0)
        #expect(fixture.requests.allSatisfy { $0.headers["authorization"] == "Bearer \(Self.requestKey)" } && fixture.requestCount >= 2)
        let files = directory.allFiles()
        #expect(files.contains(log))
        for file in files {
            let text = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data(), as: UTF8.self)
            #expect(!text.contains("sk-test") && !text.contains("PLANKEY"), "\(file) holds the key")
        }
    }

    @Test func aMalformedKeyForOpenAIIsRefusedBeforeAnyRequest() async throws {
        // OpenAI's own endpoint: nothing is sent, the key's shape alone is refused.
        let daemon = try await TestDaemon.start(extraArguments: ["--llm-base-url", "https://api.openai.com/v1", "--llm-model", "gpt-x",
                                                                 "--llm-cache", "off"])
        let client = try await daemon.connectAsync()
        let error = try #require(await Self.plan(client, ["prompt": .string(Self.prompt), "planner": "llm", "api_key": "my-key-123"])["error"])
        #expect(error["code"] == 1601)
        #expect(error["data"] == ["kind": "INVALID_API_KEY", "error": "Invalid API key format", "detail": "API key must start with 'sk-'"])
        #expect(!error.serialized().contains("my-key-123"))
    }
}
