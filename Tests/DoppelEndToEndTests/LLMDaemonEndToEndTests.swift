import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import DoppelTestSupport
import Foundation
import Testing

/// The daemon with a model configured — the loopback chat-completions fixture
/// standing in for it: text from the model through the cache, status figures,
/// the disk cache across a restart, keys kept out of every file, the budget,
/// and upstream refusals.
@Suite struct LLMDaemonEndToEndTests {
    static let envKey = "sk-test-ENVKEY-7c1f9e44b2"
    static let requestKey = "sk-test-REQKEY-0d5a3b8e61"

    /// doppeld flags pointing at `fixture`, without retries (a 5xx is not retried, so tests stay quick).
    static func flags(_ fixture: ChatCompletionsFixture, cache: String = "memory", timeout: String = "10",
                      extra: [String] = []) -> [String] {
        ["--llm-base-url", fixture.baseURL, "--llm-model", "fixture-model", "--llm-cache", cache, "--llm-max-retries", "0",
         "--llm-timeout", timeout] + extra
    }

    static let feedback: JSON = ["productType": "hotel", "sentimentMix": "balanced", "feedbackCount": 3,
                                 "complexityLevel": "simple", "seed": 4]

    @Test func textComesFromTheModelThroughTheCache() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in ModelAnswers.reply(request) }
        let daemon = try await TestDaemon.start(extraArguments: Self.flags(fixture), environment: ["DOPPEL_LLM_API_KEY": Self.envKey])
        let client = try await daemon.connectAsync()
        let first = try #require(await client.callAsync("feedback.generate", params: Self.feedback)["result"])
        let items = try #require(first["data"]?.arrayValue)
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0["content"]?.stringValue?.hasPrefix("MODEL review") == true })
        #expect(items.map { $0["sentiment"]?.stringValue ?? "" }.sorted() == ["negative", "neutral", "positive"])
        #expect(fixture.requestCount == 1)
        let sent = try #require(fixture.requests.first)
        #expect(sent.path == "/v1/chat/completions")
        #expect(sent.headers["authorization"] == "Bearer \(Self.envKey)")
        #expect(sent.body?["model"] == "fixture-model" && sent.body?["response_format"] == ["type": "json_object"])

        // The same request again: from the cache, byte for byte, no upstream call.
        let again = try #require(await client.callAsync("feedback.generate", params: Self.feedback)["result"])
        #expect(again.serialized() == first.serialized())
        #expect(fixture.requestCount == 1)
        // The built-in engine on request, without the model.
        let builtIn = try #require(await client.callAsync("feedback.generate", params: Self.feedback.merging(JSONObject([("text_source", "builtin")])))["result"])
        #expect(builtIn["data"]?[0]?["content"]?.stringValue?.hasPrefix("MODEL") == false)

        // Tickets, interviews and conversations through the model too.
        let tickets = try #require(await client.callAsync("tickets.generate", params: ["product": "Acme CRM", "count": 2])["result"])
        #expect(tickets.arrayValue?.allSatisfy { $0["subject"]?.stringValue?.hasPrefix("MODEL subject") == true } == true)
        let interviews = try #require(await client.callAsync("interviews.generate", params: ["role": "nurse", "level": "mid", "count": 2])["result"])
        #expect(interviews.arrayValue?.allSatisfy { $0["rubric"] == ["Clear", "Specific", "Honest"] } == true)
        let conversations = try #require(await client.callAsync("conversations.generate", params: ["prompt": "billing problems", "count": 2, "turns": 2],
                                                     timeout: 30)["result"])
        #expect(conversations.arrayValue?.allSatisfy { $0["response"]?["content"]?.stringValue?.hasPrefix("MODEL message 3") == true } == true)
        #expect(fixture.requestCount == 4)

        let status = try #require(await client.callAsync("status")["result"])
        let llm = try #require(status["llm"])
        #expect(llm["configured"] == true && llm["model"] == "fixture-model" && llm["api_key"] == "set")
        #expect(llm["upstream_calls"] == 4 && llm["misses"] == 4 && llm["hits"] == 1)
        #expect(llm["tokens_in"] == 40 && llm["tokens_out"] == 80)
        #expect((llm["bytes_held"]?.intValue ?? 0) > 0)
        #expect(status["caches"]?["llmResponses"]?["entries"] == 4)
        #expect(!status.serialized().contains(Self.envKey))
    }

    @Test func synthDataRowsFromTheModelStreamInOrder() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in ModelAnswers.reply(request) }
        let daemon = try await TestDaemon.start(extraArguments: Self.flags(fixture))
        let client = try await daemon.connectAsync()
        let examples: JSON = [["sku": "AB-100", "price": 9.99, "in_stock": true], ["sku": "CD-200", "price": 19.5, "in_stock": false]]
        try client.send(["jsonrpc": "2.0", "id": 3, "method": "synth_data.generate",
                         "params": ["examples": examples, "multiplier": 2, "prompt": "a hardware shop", "model_id": "other-model",
                                    "stream": true]])
        let (reply, notifications) = try await client.responseAsync(id: 3)
        let rows = try #require(reply["result"]?.arrayValue)
        let chunks = notifications.filter { $0["method"] == "$/chunk" }
        #expect(chunks.flatMap { $0["params"]?["items"]?.arrayValue ?? [] } == rows)
        let expected: [String] = (0..<4).map { i in
            let price = 10.5 + Double(i)
            let row: JSON = ["sku": .string("MD-\(100 + i)"), "price": .double(price), "in_stock": .bool(i % 2 == 0)]
            return row.serialized()
        }
        #expect(rows.map { $0["generated"]?.stringValue ?? "" } == expected)
        #expect(rows.map { $0["original"] } == [examples[0], examples[0], examples[1], examples[1]])
        let sent = try #require(fixture.requests.first)
        #expect(sent.body?["model"] == "other-model")  // model_id names the model
        #expect(sent.messages[1].content.contains("What the data is about: a hardware shop"))
        #expect(fixture.requestCount == 1)
    }

    @Test func aRestartedDaemonAnswersFromTheDiskCache() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in ModelAnswers.reply(request) }
        let cache = try TemporaryDirectory()
        defer { cache.remove() }
        let flags = Self.flags(fixture, cache: "disk", extra: ["--llm-cache-dir", cache.file("llm")])
        let before: JSON
        do {
            let daemon = try await TestDaemon.start(extraArguments: flags)
            before = try #require(await daemon.connectAsync().callAsync("feedback.generate", params: Self.feedback)["result"])
            #expect(try await daemon.terminateAsync() == 0)
        }
        #expect(fixture.requestCount == 1)
        let restarted = try await TestDaemon.start(extraArguments: flags)
        let client = try await restarted.connectAsync()
        let after = try #require(await client.callAsync("feedback.generate", params: Self.feedback)["result"])
        #expect(after.serialized() == before.serialized())
        #expect(fixture.requestCount == 1)
        let llm = try #require(await client.callAsync("status")["result"]?["llm"])
        #expect(llm["hits"] == 1 && llm["upstream_calls"] == 0 && llm["disk_entries"] == 1)
    }

    @Test func keysAppearInNoFileAndNoLog() async throws {
        // The endpoint refuses interview requests, echoing the key back as OpenAI does.
        let fixture = try ChatCompletionsFixture { request, _ in
            if request.messages.contains(where: { $0.content.contains("interview question") }) {
                let key = String((request.headers["authorization"] ?? "").dropFirst("Bearer ".count))
                return .error(401, "Incorrect API key provided: \(key). You can find your API key at https://example.invalid.")
            }
            return ModelAnswers.reply(request)
        }
        let directory = try TemporaryDirectory()
        let log = directory.file("state/doppeld.log")
        try FileSystem.makeDirectories(directory.file("state"), mode: 0o700)
        // The daemon owns the directory (removing it when it goes), so it lives to the end of the test.
        let daemon = try await TestDaemon.start(
            extraArguments: Self.flags(fixture, cache: "disk", extra: ["--log-file", log, "--llm-max-requests-per-day", "100"]),
            directory: directory, environment: ["DOPPEL_LLM_API_KEY": Self.envKey])
        let client = try await daemon.connectAsync()
        #expect(try await client.callAsync("feedback.generate", params: Self.feedback)["result"] != nil)
        let withKey = try await client.callAsync("tickets.generate", params: ["product": "Acme", "count": 2, "api_key": .string(Self.requestKey)],
                                      timeout: 30)
        #expect(withKey["result"] != nil)
        // Refused upstream: auto falls back (with a warning in the log), llm reports UNAUTHORIZED.
        let interview: JSON = ["role": "nurse", "level": "mid", "count": 1, "api_key": .string(Self.requestKey)]
        #expect(try await client.callAsync("interviews.generate", params: interview)["result"]?.arrayValue?.count == 1)
        let refused = try await client.callAsync("interviews.generate", params: interview.merging(JSONObject([("text_source", "llm")])),
                                      timeout: 30)
        #expect(refused["error"]?["code"] == 1602 && refused["error"]?["data"]?["kind"] == "UNAUTHORIZED")
        let envRefused = try await client.callAsync("interviews.generate", params: ["role": "nurse", "level": "mid", "count": 1, "seed": 9,
                                                                         "text_source": "llm"])
        #expect(envRefused["error"]?["data"]?["kind"] == "UNAUTHORIZED")
        #expect(!refused.serialized().contains(Self.requestKey) && !envRefused.serialized().contains(Self.envKey))
        #expect(!(try await client.callAsync("status")["result"]?.serialized() ?? "").contains("sk-test"))
        client.close()
        #expect(try await daemon.terminateAsync() == 0)
        // Both keys were really used...
        let authorizations = Set(fixture.requests.compactMap { $0.headers["authorization"] })
        #expect(authorizations == ["Bearer \(Self.envKey)", "Bearer \(Self.requestKey)"])
        // ...and written nowhere: cache, state (budget, log), data, the daemon's own files.
        let files = directory.allFiles()
        #expect(files.contains { $0.hasSuffix("/cache/doppel/llm/responses.log") })
        #expect(files.contains { $0.hasSuffix("/state/doppel/llm-budget.json") })
        #expect(files.contains(log))
        let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(logText.contains("interviews.generate: LLM: interview questions 1–1 come from the built-in engine: UNAUTHORIZED"))
        for file in files {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("sk-test"), "\(file) holds a key")
            #expect(!text.contains("ENVKEY") && !text.contains("REQKEY"), "\(file) holds part of a key")
        }
    }

    @Test func theBudgetTripsWhileBuiltInGenerationKeepsWorking() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in ModelAnswers.reply(request) }
        let daemon = try await TestDaemon.start(extraArguments: Self.flags(fixture, extra: ["--llm-max-requests-per-day", "1"]))
        let client = try await daemon.connectAsync()
        let first = try #require(await client.callAsync("feedback.generate", params: Self.feedback)["result"])
        #expect(first["data"]?[0]?["content"]?.stringValue?.hasPrefix("MODEL") == true)
        let other = Self.feedback.merging(JSONObject([("seed", 5)]))
        let refused = try #require(await client.callAsync("feedback.generate", params: other.merging(JSONObject([("text_source", "llm")])))["error"])
        #expect(refused["code"] == 1603 && refused["data"]?["kind"] == "RATE_LIMIT_EXCEEDED")
        let retryAfter = try #require(refused["data"]?["retryAfter"]?.intValue)
        #expect((1...86_400).contains(retryAfter))
        // auto falls back to the built-in engine; builtin never needed the model; a cached answer costs nothing.
        let fallback = try #require(await client.callAsync("feedback.generate", params: other)["result"])
        #expect(fallback["data"]?.arrayValue?.count == 3 && fallback["data"]?[0]?["content"]?.stringValue?.hasPrefix("MODEL") == false)
        let tickets = try await client.callAsync("tickets.generate", params: ["product": "Acme", "count": 3, "text_source": "builtin"])
        #expect(tickets["result"]?.arrayValue?.count == 3)
        #expect(try await client.callAsync("feedback.generate", params: Self.feedback)["result"] == first)
        #expect(fixture.requestCount == 1)
        let budget = try #require(await client.callAsync("status")["result"]?["llm"]?["budget"])
        #expect(budget["requests_today"] == 1 && budget["max_requests_per_day"] == 1)
    }

    @Test func aRequestWaitingOnTheModelIsCancellable() async throws {
        // (held two minutes at most: on two loaded cores more than ten seconds passed between the held request and its
        // cancel, and the answer went out first)
        let gate = ChatCompletionsFixture.Gate(bound: 120)
        let fixture = try ChatCompletionsFixture { request, _ in
            var reply = ModelAnswers.reply(request)
            reply.gate = gate
            return reply
        }
        defer { gate.release() }
        // (a model timeout far beyond the test's waits: on a loaded machine a 10 s one ran out before the cancel came,
        // and the request answered with the built-in text instead)
        let daemon = try await TestDaemon.start(extraArguments: Self.flags(fixture, timeout: "300"))
        let client = try await daemon.connectAsync()
        try client.send(["jsonrpc": "2.0", "id": 1, "method": "tickets.generate", "params": ["product": "Acme", "count": 2]])
        #expect(await eventuallyAsync { fixture.requestCount == 1 })
        // Other requests are served while this one waits on the model.
        #expect(try await daemon.connectAsync().callAsync("ping")["result"] == ["pong": true])
        try client.send(["jsonrpc": "2.0", "method": "$/cancel", "params": ["id": 1]])
        let reply = try await client.responseAsync(id: 1).response
        #expect(reply["error"]?["code"] == -32800, "\(reply)")
        gate.release()
        #expect(await eventuallyAsync { (try? await client.callAsync("status", id: 2)["result"]?["requests"]?["inFlight"]) == 0 })
    }
}

extension TemporaryDirectory {
    /// Every regular file below the directory, recursively.
    func allFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [String] = []
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { out.append(full) }
        }
        return out
    }
}
