import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM
import DoppelTestSupport

/// What a local model server does to the client: answers slower than a
/// minute, streams, runs away, hangs up, and says nothing useful.
@Suite struct LocalModelTests {
    /// The configured timeout, not a default of the HTTP stack, decides: a
    /// server that answers after 3 s is too slow for 2 s and in time for 4 s.
    @Test func theConfiguredTimeoutGovernsTheWholeExchange() async throws {
        let slow = try ChatCompletionsFixture { _, _ in .completion(#"{"late": true}"#, delay: 3) }
        let short = Harness(fixture: slow, timeout: 2)
        let error = await requestError { _ = try await short.service.complete(Harness.ask("wait")) }
        #expect(error?.kind == "LLM_TIMEOUT")
        #expect(error?.message.contains("within 2 s") == true)
        let long = Harness(fixture: slow, timeout: 4)
        let answer = try await long.service.complete(Harness.ask("wait"))
        #expect(answer.content == #"{"late": true}"#)
    }

    @Test func aStreamedAnswerIsAssembledAndItsTokensReported() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.stream(["{\"a\"", ": ", "1", "}"])])
        let h = Harness(fixture: fixture)
        let seen = TokenLog()
        let answer = try await LLMProgress.$observer.withValue(LLMProgress.Observer(heartbeat: 0) { seen.add($0.tokens) }) {
            try await h.service.complete(Harness.ask("stream"))
        }
        #expect(answer.content == #"{"a": 1}"#)
        #expect(answer.usage.completionTokens == 4)
        #expect(fixture.requests.first?.body?["stream"] == true)
        #expect(fixture.requests.first?.body?["stream_options"]?["include_usage"] == true)
        #expect(seen.values.last == 4 && seen.values == seen.values.sorted())
        // The stream reported no usage (llama-cpp-python's do not): the prompt is estimated, not free.
        let sent = fixture.requests.first?.body?.serializedBytes().count ?? 0
        #expect(answer.usage.promptTokens > 0 && answer.usage.promptTokens >= sent / 5)
    }

    /// A server that sends nothing until its whole answer is ready (llama.cpp
    /// can) still shows the request is alive: heartbeats with no tokens and
    /// the seconds waited, from the start of the wait until the answer lands
    /// (the fixture holds its answer until three have arrived).
    @Test func aServerThatDoesNotStreamGetsAHeartbeatWhileItWorks() async throws {
        let gate = ChatCompletionsFixture.Gate()
        let fixture = try ChatCompletionsFixture(replies: [.completion(#"{"done": true}"#, gate: gate)])
        let h = Harness(fixture: fixture, timeout: 30)
        let seen = WaitLog()
        let observer = LLMProgress.Observer(heartbeat: 0.02) { wait in
            if seen.add(wait) >= 3 { gate.release() }
        }
        let answer = try await LLMProgress.$observer.withValue(observer) { try await h.service.complete(Harness.ask("slow")) }
        #expect(answer.content == #"{"done": true}"#)
        let beats = seen.values
        #expect(beats.count >= 3)
        #expect(beats.allSatisfy { $0.tokens == 0 && $0.message.hasPrefix("tokens from the model (") })
        #expect(beats.map(\.seconds) == beats.map(\.seconds).sorted())
        // The heartbeat stops with the wait.
        try await Task.sleep(nanoseconds: 200_000_000)
        #expect(seen.values.count == beats.count)
    }

    /// An answer that stopped at `max_tokens` (`finish_reason: "length"`, as llama.cpp reports a
    /// wordy or looping model) is named as cut off — to the model on repair and in the problems the
    /// warning quotes — not only as broken JSON; plain or streamed.
    @Test func anAnswerCutOffAtItsTokenLimitIsNamedAsSuch() async throws {
        var cut = ChatCompletionsFixture.Reply.completion(#"{"name": "a lo"#)
        cut.body = cut.body.replacingOccurrences(of: #""stop""#, with: #""length""#)
        let fixture = try ChatCompletionsFixture(replies: [cut, cut])
        let request = ChatRequest(messages: [.user("q")], maxTokens: 50)
        let out = try await RepairingJSONExchange(model: Harness(fixture: fixture).service)
            .run(request, apiKey: nil, answerAgain: "Again.") { _ in [] }
        guard case let .rejected(_, problems) = out else {
            Issue.record("a cut-off answer was accepted: \(out)")
            return
        }
        #expect(problems.first?.hasPrefix("the answer was cut off at its limit of 50 tokens") == true)
        #expect(fixture.requests.last?.messages.last?.content.contains("cut off at its limit of 50 tokens") == true)
        let sse = #"data: {"choices": [{"delta": {"content": "{\"a"}, "finish_reason": null}]}"# + "\n\n"
            + #"data: {"choices": [{"delta": {}, "finish_reason": "length"}]}"# + "\n\ndata: [DONE]\n\n"
        #expect(StreamedCompletion.decode(Array(sse.utf8)).completion?.wasCutOff == true)
        #expect(ChatCompletion(content: "{}", finishReason: "stop").wasCutOff == false)
    }

    @Test func aServerThatRefusesStreamingIsAskedAgainWithout() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            request.body?["stream"] == true ? .error(400, "stream is not supported") : .completion("{}")
        }
        let h = Harness(fixture: fixture)
        _ = try await h.service.complete(Harness.ask("one"))
        _ = try await h.service.complete(Harness.ask("two"))
        // Refused once, then never asked to stream again.
        #expect(fixture.requests.map { $0.body?["stream"] == true } == [true, false, false])
    }

    @Test func anAnswerOverTheByteLimitIsCutOff() async throws {
        let huge = String(repeating: "x", count: 300_000)
        let fixture = try ChatCompletionsFixture { _, _ in .completion(huge) }
        let h = Harness(fixture: fixture, maxResponseBytes: 100_000)
        let error = await requestError { _ = try await h.service.complete(Harness.ask("big")) }
        #expect(error?.kind == "LLM_BAD_RESPONSE")
        #expect(error?.message.contains("over 100000 bytes") == true)
        var streamed = ChatCompletionsFixture.Reply.stream(Array(repeating: "word ", count: 30_000))
        streamed.chunkSize = 4096
        let stream = try ChatCompletionsFixture(replies: [streamed])
        let cut = await requestError { _ = try await Harness(fixture: stream, maxResponseBytes: 100_000).service.complete(Harness.ask("big")) }
        #expect(cut?.kind == "LLM_BAD_RESPONSE")
    }

    @Test func aDroppedConnectionSaysTheConnectionWasLost() async throws {
        for cut in [0, 20, 120] {
            var reply = ChatCompletionsFixture.Reply.completion(#"{"never": "complete"}"#)
            reply.dropAfter = cut
            let fixture = try ChatCompletionsFixture(replies: [reply])
            let error = await requestError { _ = try await Harness(fixture: fixture).service.complete(Harness.ask("drop")) }
            #expect(error?.kind == "LLM_UNAVAILABLE", "cut at \(cut)")
            #expect(error?.message.contains("connection lost") == true, "cut at \(cut): \(error?.message ?? "")")
            #expect(error?.message.contains("malformed") == false)
        }
    }

    @Test func maxTokensIsSentAndSizedToTheTask() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            let n = RespondingModel.briefCount(ChatRequest(messages: request.messages.map { ChatMessage(role: $0.role, content: $0.content) }))
            return .completion(JSON.object(JSONObject([("items", .array((0..<n).map { _ in ["subject": "x", "body": "y"] }))])).serialized())
        }
        let h = Harness(fixture: fixture)
        let small = try TicketRequest(params: ["product": "Acme", "count": 2, "seed": 1], defaultSeed: 0)
        let large = try TicketRequest(params: ["product": "Acme", "count": 10, "seed": 1], defaultSeed: 0)
        _ = try await TicketGenerator.generate(small, source: LLMTextSource(model: h.service))
        _ = try await TicketGenerator.generate(large, source: LLMTextSource(model: h.service))
        let limits = fixture.requests.compactMap { $0.body?["max_tokens"]?.intValue }
        #expect(limits.count == fixture.requestCount)
        #expect(limits.first.map { $0 > 0 && $0 < 2_000 } == true)
        #expect(limits.max().map { $0 > limits.first ?? 0 } == true)
    }

    /// An unusable answer is not cached: once the endpoint answers well, the next request gets the good answer.
    @Test func anUnusableAnswerIsNeverServedAgain() async throws {
        let recovered = Locked(false)
        let fixture = try ChatCompletionsFixture { _, _ in
            recovered.value ? .completion(#"{"ok": true}"#) : .completion(#"{"ok": false}"#)
        }
        let h = Harness(fixture: fixture)
        let check: (JSONObject) -> [String] = { $0["ok"] == true ? [] : ["not ok"] }
        let first = try await RepairingJSONExchange(model: h.service).run(Harness.ask("q"), apiKey: nil, answerAgain: "again", check: check)
        #expect(first == .rejected(last: JSONObject([("ok", false)]), problems: ["not ok"]))
        recovered.value = true
        let second = try await RepairingJSONExchange(model: h.service).run(Harness.ask("q"), apiKey: nil, answerAgain: "again", check: check)
        #expect(second == .accepted(JSONObject([("ok", true)]), repaired: false, firstProblems: []))
        #expect(fixture.requestCount == 3)
        // Now accepted, it is cached: a third exchange makes no request.
        _ = try await RepairingJSONExchange(model: h.service).run(Harness.ask("q"), apiKey: nil, answerAgain: "again", check: check)
        #expect(fixture.requestCount == 3)
        let status = await h.service.status()
        #expect(status.failuresByKind["LLM_OUTPUT_INVALID"] == 1)
        #expect(status.lastError?.kind == "LLM_OUTPUT_INVALID")
    }

    /// Loopback endpoints get one request at a time by default; the rest wait their turn.
    @Test func aLoopbackEndpointTakesOneRequestAtATime() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .completion("{}", delay: 0.2) }
        let h = Harness(fixture: fixture)
        #expect(h.service.configuration.effectiveConcurrency == 1)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<3 { group.addTask { _ = try await h.service.complete(Harness.ask("q\(i)")) } }
            try await group.waitForAll()
        }
        #expect(fixture.requestCount == 3)
        #expect(fixture.maxConcurrent == 1)
        let wide = try ChatCompletionsFixture { _, _ in .completion("{}", delay: 0.2) }
        let h3 = Harness(fixture: wide, maxConcurrency: 3)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<3 { group.addTask { _ = try await h3.service.complete(Harness.ask("q\(i)")) } }
            try await group.waitForAll()
        }
        #expect(wide.maxConcurrent == 3)
    }
}

extension LocalModelTests {
    /// llama-cpp-python's default context is too small for the planner's prompt: the error says what to change.
    @Test func aContextTooSmallSaysHowToGrowIt() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in
            .error(400, "Requested tokens (2811) exceed context window of 2048")
        }
        let error = await requestError { _ = try await Harness(fixture: fixture).service.complete(Harness.ask("long")) }
        #expect(error?.kind == "LLM_REQUEST_REJECTED")
        #expect(error?.message.contains("n_ctx 8192") == true)
    }
}

/// The URLSession transport (used for `https://`) honours the same limits; here
/// it is pointed at the plain-HTTP fixture directly.
@Suite struct URLSessionTransportTests {
    static func post(_ fixture: ChatCompletionsFixture, timeout: Double, limit: Int = 1 << 20) async -> Result<HTTPReply, TransportFailure> {
        let post = HTTPPost(url: fixture.baseURL + "/chat/completions", headers: [("Content-Type", "application/json")],
                            body: Array("{}".utf8), timeout: timeout, maxResponseBytes: limit)
        do { return .success(try await URLSessionTransport().post(post) { _ in }) } catch { return .failure(error) }
    }

    @Test func theSessionTakesTheConfiguredTimeout() async throws {
        let slow = try ChatCompletionsFixture { _, _ in .completion("{}", delay: 3) }
        let short = await Self.post(slow, timeout: 2)
        #expect(short == .failure(.timeout))
        let long = await Self.post(slow, timeout: 4)
        #expect((try? long.get())?.status == 200)
    }

    @Test func aBodyOverTheLimitIsCutOff() async throws {
        let big = try ChatCompletionsFixture { _, _ in .completion(String(repeating: "x", count: 200_000)) }
        #expect(await Self.post(big, timeout: 10, limit: 50_000) == .failure(.tooLarge(limit: 50_000)))
        #expect((try? await Self.post(big, timeout: 10, limit: 1_000_000).get())?.body.count ?? 0 > 200_000)
    }
}

/// Token counts reported by `LLMProgress`, in order.
final class TokenLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    func add(_ n: Int) { lock.withLock { list.append(n) } }
    var values: [Int] { lock.withLock { list } }
}

/// Heartbeats and token reports received by an `LLMProgress.Observer`, in order.
final class WaitLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ModelWait] = []
    /// Adds `wait`; returns how many there are now.
    func add(_ wait: ModelWait) -> Int { lock.withLock { list.append(wait); return list.count } }
    var values: [ModelWait] { lock.withLock { list } }
}

/// A value shared with a fixture's script.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
