import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM
import DoppelTestSupport

/// The service around the client: response cache, restart warmth,
/// single-flight, key checks.
@Suite struct ServiceTests {
    @Test func aSecondIdenticalCallMakesNoUpstreamRequest() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion(#"{"n": 1}"#), .completion(#"{"n": 2}"#)])
        let h = Harness(fixture: fixture)
        let first = try await h.service.completeAccepted(Harness.ask("same"))
        let second = try await h.service.completeAccepted(Harness.ask("same"))
        #expect(fixture.requestCount == 1)
        #expect(second.content == first.content)
        #expect(second.fromCache)
        let status = await h.service.status()
        #expect(status.cache.hits == 1 && status.cache.misses == 1 && status.upstreamCalls == 1)
        #expect(status.cache.memoryEntries == 1)
        #expect(status.cache.bytesHeld > 0)
    }

    @Test func anythingInTheCacheKeyChangingMeansANewCall() async throws {
        let fixture = try ChatCompletionsFixture { _, n in .completion(#"{"n": \#(n)}"#) }
        let h = Harness(fixture: fixture)
        var requests = [Harness.ask("q"), Harness.ask("q", seed: 1), Harness.ask("other")]
        var warmer = Harness.ask("q")
        warmer.temperature = 0.7
        requests.append(warmer)
        var text = Harness.ask("q")
        text.responseFormat = .text
        requests.append(text)
        var model = Harness.ask("q")
        model.model = "bigger"
        requests.append(model)
        for r in requests { _ = try await h.service.completeAccepted(r) }
        #expect(fixture.requestCount == requests.count)
        #expect(fixture.requests[4].body?["response_format"] == nil)
        for r in requests { _ = try await h.service.completeAccepted(r) }
        #expect(fixture.requestCount == requests.count)
    }

    @Test func cacheKeysDoNotDependOnTheAPIKey() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion("{}")])
        let h = Harness(fixture: fixture)
        _ = try await h.service.completeAccepted(Harness.ask("shared"), apiKey: APIKey("sk-first"))
        let again = try await h.service.completeAccepted(Harness.ask("shared"), apiKey: APIKey("sk-second"))
        #expect(again.fromCache)
        #expect(fixture.requestCount == 1)
    }

    @Test func aNewCacheOverTheSameDirectoryAnswersFromDisk() async throws {
        let dir = try TemporaryDirectory("restart")
        defer { dir.remove() }
        // One endpoint (the base URL is part of the cache key); only its first answer succeeds.
        let fixture = try ChatCompletionsFixture { _, n in
            n == 0 ? .completion(#"{"warm": true}"#, promptTokens: 3, completionTokens: 4) : .error(500, "must not be called")
        }
        let before = Harness(fixture: fixture, cacheMode: .disk, cacheDirectory: dir.path)
        _ = try await before.service.completeAccepted(Harness.ask("persist me"))
        #expect(fixture.requestCount == 1)

        // A "restarted daemon": a new service and a new cache over the same directory.
        let after = Harness(fixture: fixture, cacheMode: .disk, cacheDirectory: dir.path)
        let answer = try await after.service.completeAccepted(Harness.ask("persist me"))
        #expect(answer.content == #"{"warm": true}"#)
        #expect(answer.usage == TokenUsage(promptTokens: 3, completionTokens: 4))
        #expect(answer.fromCache)
        #expect(fixture.requestCount == 1)
        let status = await after.service.status()
        #expect(status.cache.diskHits == 1 && status.cache.diskEntries == 1 && status.upstreamCalls == 0)
        #expect(before.warnings.all.isEmpty && after.warnings.all.isEmpty)
    }

    @Test func memoryModeWritesNothingAndOffModeCachesNothing() async throws {
        let dir = try TemporaryDirectory("modes")
        defer { dir.remove() }
        let fixture = try ChatCompletionsFixture { _, _ in .completion("{}") }
        let memory = Harness(fixture: fixture, cacheMode: .memory, cacheDirectory: dir.path)
        _ = try await memory.service.completeAccepted(Harness.ask("a"))
        _ = try await memory.service.completeAccepted(Harness.ask("a"))
        #expect(fixture.requestCount == 1)
        #expect(dir.files().isEmpty)

        let off = Harness(fixture: fixture, cacheMode: .off, cacheDirectory: dir.path)
        _ = try await off.service.completeAccepted(Harness.ask("a"))
        _ = try await off.service.completeAccepted(Harness.ask("a"))
        #expect(fixture.requestCount == 3)
        #expect(dir.files().isEmpty)
    }

    @Test func tenConcurrentIdenticalCallsMakeOneUpstreamRequest() async throws {
        let gate = ChatCompletionsFixture.Gate()
        let fixture = try ChatCompletionsFixture(replies: [.completion(#"{"shared": true}"#, gate: gate)])
        let h = Harness(fixture: fixture)
        let service = h.service
        let answers = try await withThrowingTaskGroup(of: ChatCompletion.self) { group in
            for _ in 0..<10 { group.addTask { try await service.completeAccepted(Harness.ask("together")) } }
            // Hold the one upstream reply until the other nine have joined it.
            var joined = 0
            for _ in 0..<500 where joined < 9 {
                joined = await service.status().coalesced
                if joined < 9 { try await Task.sleep(nanoseconds: 10_000_000) }
            }
            gate.release()
            var all: [ChatCompletion] = []
            for try await a in group { all.append(a) }
            return all
        }
        #expect(answers.count == 10)
        #expect(answers.allSatisfy { $0.content == #"{"shared": true}"# })
        #expect(fixture.requestCount == 1)
        let status = await service.status()
        #expect(status.coalesced == 9 && status.upstreamCalls == 1)
    }

    @Test func otherRequestsAreServedWhileOneWaitsOnTheModel() async throws {
        let gate = ChatCompletionsFixture.Gate()
        let fixture = try ChatCompletionsFixture { request, _ in
            request.messages.last?.content == "slow" ? .completion(#"{"slow": true}"#, gate: gate) : .completion(#"{"fast": true}"#)
        }
        let h = Harness(fixture: fixture, maxConcurrency: 2)
        let service = h.service
        async let slow = service.completeAccepted(Harness.ask("slow"))
        for _ in 0..<500 where fixture.requestCount < 1 { try await Task.sleep(nanoseconds: 10_000_000) }
        // The slow request is upstream and held; a different one goes through meanwhile.
        let fast = try await service.completeAccepted(Harness.ask("fast"))
        #expect(fast.content == #"{"fast": true}"#)
        gate.release()
        #expect(try await slow.content == #"{"slow": true}"#)
    }

    @Test func aJoinedCallSharesTheFailureToo() async throws {
        let gate = ChatCompletionsFixture.Gate()
        let fixture = try ChatCompletionsFixture(replies: [
            .init(status: 401, body: #"{"error": {"message": "no"}}"#, gate: gate),
        ])
        let h = Harness(fixture: fixture)
        let service = h.service
        async let a = requestError { _ = try await service.completeAccepted(Harness.ask("fail together")) }
        async let b = requestError { _ = try await service.completeAccepted(Harness.ask("fail together")) }
        for _ in 0..<500 where await service.status().coalesced < 1 { try await Task.sleep(nanoseconds: 10_000_000) }
        gate.release()
        let (ea, eb) = await (a, b)
        #expect(ea?.kind == "UNAUTHORIZED" && eb?.kind == "UNAUTHORIZED")
        #expect(fixture.requestCount == 1)
    }

    @Test func aMalformedKeyForOpenAIIsRefusedBeforeAnyCall() async throws {
        let transport = RefusingTransport()
        let config = LLMConfiguration(model: "gpt-4o-mini", cacheMode: .off)
        let service = LLMService(configuration: config, transport: transport, clock: ManualClock())
        let error = await requestError { _ = try await service.completeAccepted(Harness.ask("x"), apiKey: APIKey("not-a-real-key")) }
        #expect(error?.kind == "INVALID_API_KEY")
        #expect(error?.code == 1601)
        #expect(error?.data == ["kind": "INVALID_API_KEY", "error": "Invalid API key format", "detail": "API key must start with 'sk-'"])
        #expect(transport.calls == 0)
        // No key at all for OpenAI: refused without a call too.
        let missing = await requestError { _ = try await service.completeAccepted(Harness.ask("x")) }
        #expect(missing?.kind == "UNAUTHORIZED")
        #expect(transport.calls == 0)
    }

    @Test func localEndpointsTakeAnyKeyOrNone() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .completion("{}") }
        let h = Harness(fixture: fixture, apiKey: nil)
        _ = try await h.service.completeAccepted(Harness.ask("a"))
        _ = try await h.service.completeAccepted(Harness.ask("b"), apiKey: APIKey("ollama"))
        #expect(fixture.requests[0].headers["authorization"] == nil)
        #expect(fixture.requests[1].headers["authorization"] == "Bearer ollama")
    }

    @Test func noModelMeansNotConfigured() async throws {
        let service = LLMService(configuration: LLMConfiguration(), transport: RefusingTransport(), clock: ManualClock())
        #expect(!service.isConfigured)
        let error = await requestError { _ = try await service.completeAccepted(Harness.ask("x")) }
        #expect(error?.kind == "LLM_NOT_CONFIGURED")
        #expect(error?.message.contains("--llm-model") == true)
    }

    @Test func statusJSONCarriesTheFiguresAndNoKey() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion("{}", promptTokens: 5, completionTokens: 6)])
        let h = Harness(fixture: fixture, maxRequestsPerDay: 10)
        _ = try await h.service.completeAccepted(Harness.ask("s"))
        _ = try await h.service.completeAccepted(Harness.ask("s"))
        let json = h.service.statusJSON()  // nonisolated: status reads it on a reader thread
        #expect(json["hits"] == 1 && json["misses"] == 1 && json["upstream_calls"] == 1)
        #expect(json["tokens_in"] == 5 && json["tokens_out"] == 6)
        #expect(json["bytes_held"]?.intValue ?? 0 > 0)
        #expect(json["entries"] == 1)
        #expect(json["api_key"] == "set")
        #expect(json["budget"]?["requests_today"] == 1)
        #expect(json["budget"]?["max_requests_per_day"] == 10)
        #expect(!json.serialized().contains("SECRET"))
    }
}

/// A transport that records calls and always fails: for paths that must not reach the network.
final class RefusingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var calls: Int { lock.withLock { count } }

    func post(_ post: HTTPPost, received: @escaping @Sendable ([UInt8]) -> Void) async throws(TransportFailure) -> HTTPReply {
        lock.withLock { count += 1 }
        throw .unreachable("refusing transport")
    }
}
