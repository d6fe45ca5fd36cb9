import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing
@testable import DoppelLLM
import DoppelTestSupport

/// The chat-completions client against the loopback fixture: the request it
/// sends, retries, timeouts and error mapping.
@Suite struct ClientTests {
    @Test func sendsAChatCompletionsRequestAndCountsTokens() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion(#"{"ok": true}"#, promptTokens: 12, completionTokens: 34)])
        let h = Harness(fixture: fixture)
        let answer = try await h.service.complete(Harness.ask("hello", seed: 7))
        #expect(answer.content == #"{"ok": true}"#)
        #expect(answer.usage == TokenUsage(promptTokens: 12, completionTokens: 34))
        #expect(!answer.fromCache)

        let sent = try #require(fixture.requests.first)
        #expect(sent.method == "POST")
        #expect(sent.path == "/v1/chat/completions")
        #expect(sent.headers["authorization"] == "Bearer " + Harness.keyText)
        #expect(sent.headers["content-type"] == "application/json")
        #expect(sent.body?["model"] == "fixture-model")
        #expect(sent.body?["response_format"] == ["type": "json_object"])
        #expect(sent.body?["temperature"] == 0)
        #expect(sent.body?["seed"] == 7)
        #expect(sent.messages.map(\.role) == ["system", "user"])
        #expect(sent.messages.last?.content == "hello")

        let status = await h.service.status()
        #expect(status.upstreamCalls == 1)
        #expect(status.tokensIn == 12 && status.tokensOut == 34)
    }

    @Test func requestModelOverridesTheConfiguredOne() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion("{}")])
        let h = Harness(fixture: fixture)
        var request = Harness.ask("x")
        request.model = "other-model"
        _ = try await h.service.complete(request)
        #expect(fixture.requests.first?.body?["model"] == "other-model")
    }

    @Test func rateLimitedWithRetryAfterThenSuccess() async throws {
        let fixture = try ChatCompletionsFixture(replies: [
            .error(429, "Rate limit reached", headers: [("Retry-After", "2")]),
            .completion(#"{"after": "429"}"#),
        ])
        let h = Harness(fixture: fixture)
        let answer = try await h.service.complete(Harness.ask("busy"))
        #expect(answer.content == #"{"after": "429"}"#)
        #expect(fixture.requestCount == 2)
        #expect(h.clock.sleeps == [2])
        let status = await h.service.status()
        #expect(status.upstreamCalls == 2 && status.retries == 1)
    }

    @Test func serverErrorTwiceThenSuccessBacksOffExponentially() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.error(500, "boom"), .error(503, "overloaded"), .completion("{}")])
        let h = Harness(fixture: fixture)
        _ = try await h.service.complete(Harness.ask("flaky"))
        #expect(fixture.requestCount == 3)
        // base 0.5 s doubling, jitter 0.5 → factor 0.75
        #expect(h.clock.sleeps == [0.375, 0.75])
    }

    @Test func serverErrorsPastTheRetryBudgetAreUnavailable() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .error(502, "bad gateway") }
        let h = Harness(fixture: fixture, retry: RetryPolicy(maxRetries: 2, baseDelay: 0.1))
        let error = await requestError { _ = try await h.service.complete(Harness.ask("down")) }
        #expect(error?.kind == "LLM_UNAVAILABLE")
        #expect(error?.code == 1606)
        #expect(error?.extra["attempts"] == 3)
        #expect(fixture.requestCount == 3)
        #expect(h.clock.sleeps.count == 2)
    }

    @Test func persistentRateLimitGivesUpWithRetryAfter() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .error(429, "slow down", headers: [("Retry-After", "1")]) }
        let h = Harness(fixture: fixture, retry: RetryPolicy(maxRetries: 1))
        let error = await requestError { _ = try await h.service.complete(Harness.ask("x")) }
        #expect(error?.kind == "LLM_UPSTREAM_RATE_LIMITED")
        #expect(error?.extra["retryAfter"] == 1)
        #expect(fixture.requestCount == 2)
    }

    @Test func aRetryAfterLongerThanThePolicyAllowsIsNotWaitedOut() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .error(429, "quota", headers: [("Retry-After", "3600")]) }
        let h = Harness(fixture: fixture, retry: RetryPolicy(maxRetries: 3, maxRetryAfter: 60))
        let error = await requestError { _ = try await h.service.complete(Harness.ask("x")) }
        #expect(error?.kind == "LLM_UPSTREAM_RATE_LIMITED")
        #expect(error?.extra["retryAfter"] == 3600)
        #expect(fixture.requestCount == 1)
        #expect(h.clock.sleeps.isEmpty)
    }

    @Test func otherClientErrorsAreNotRetriedAndKeepNoKey() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in
            .error(400, "model 'fixture-model' not found for key \(Harness.keyText)")
        }
        let h = Harness(fixture: fixture)
        let error = await requestError { _ = try await h.service.complete(Harness.ask("x")) }
        #expect(error?.kind == "LLM_REQUEST_REJECTED")
        #expect(error?.code == 1607)
        #expect(error?.message.contains("not found") == true)
        #expect(error?.message.contains("SECRET") == false)
        #expect(fixture.requestCount == 1)
    }

    @Test func unauthorizedIsNotRetried() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in
            .error(401, "Incorrect API key provided: \(Harness.keyText). You can find your API key at ...")
        }
        let h = Harness(fixture: fixture)
        let error = await requestError { _ = try await h.service.complete(Harness.ask("x")) }
        #expect(error?.kind == "UNAUTHORIZED")
        #expect(error?.code == 1602)
        #expect(error?.message.contains("SECRET") == false)
        #expect(fixture.requestCount == 1)
        #expect(h.clock.sleeps.isEmpty)
    }

    @Test func aReplySlowerThanTheTimeoutTimesOut() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion("{}", delay: 10)])
        let h = Harness(fixture: fixture, timeout: 0.3)
        let error = await requestError { _ = try await h.service.complete(Harness.ask("slow")) }
        #expect(error?.kind == "LLM_TIMEOUT")
        #expect(error?.code == 1605)
        #expect(fixture.requestCount == 1)
        let status = await h.service.status()
        #expect(status.failures == 1 && status.cache.misses == 1)
    }

    /// Bytes keep coming, each well within the timeout, but the whole reply does not:
    /// the timeout is for the attempt, not for the gap between bytes.
    @Test func aReplyThatTricklesInPastTheTimeoutTimesOut() async throws {
        var reply = ChatCompletionsFixture.Reply.completion(String(repeating: "x", count: 200))
        reply.trickle = 0.05
        let fixture = try ChatCompletionsFixture(replies: [reply])
        let h = Harness(fixture: fixture, timeout: 0.5)
        let error = await requestError { _ = try await h.service.complete(Harness.ask("trickle")) }
        #expect(error?.kind == "LLM_TIMEOUT")
        #expect(fixture.requestCount == 1)
    }

    @Test func aReplyThatIsNotAChatCompletionIsABadResponse() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.init(status: 200, body: "<html>proxy login</html>")])
        let h = Harness(fixture: fixture)
        let error = await requestError { _ = try await h.service.complete(Harness.ask("x")) }
        #expect(error?.kind == "LLM_BAD_RESPONSE")
    }

    @Test func anUnreachableEndpointIsUnavailable() async throws {
        let fixture = try ChatCompletionsFixture(replies: [])
        let base = fixture.baseURL
        fixture.stop()
        try await Task.sleep(nanoseconds: 100_000_000)  // let the listener close
        let config = LLMConfiguration(baseURL: base, model: "m", timeout: 2, cacheMode: .off)
        let service = LLMService(configuration: config, clock: ManualClock())
        let error = await requestError { _ = try await service.complete(Harness.ask("x")) }
        #expect(error?.kind == "LLM_UNAVAILABLE")
        #expect(error?.message.contains("connection refused") == true)
    }

    @Test func retryAfterParsesSecondsMillisecondsAndDates() {
        #expect(RetryAfter.seconds(headers: ["retry-after": "7"], now: 0) == 7)
        #expect(RetryAfter.seconds(headers: ["retry-after-ms": "1500", "retry-after": "9"], now: 0) == 1.5)
        #expect(RetryAfter.seconds(headers: ["retry-after": "Sun, 06 Nov 1994 08:49:37 GMT"], now: 784_111_770) == 7)
        #expect(RetryAfter.seconds(headers: ["retry-after": "soon"], now: 0) == nil)
        #expect(RetryAfter.seconds(headers: [:], now: 0) == nil)
    }

    @Test func backoffDoublesUpToTheCapWithJitter() {
        let p = RetryPolicy(maxRetries: 10, baseDelay: 1, maxDelay: 8)
        #expect(p.backoff(attempt: 0, jitter: 0) == 0.5)
        #expect(p.backoff(attempt: 0, jitter: 1) == 1)
        #expect(p.backoff(attempt: 2, jitter: 1) == 4)
        #expect(p.backoff(attempt: 9, jitter: 1) == 8)
        #expect(p.backoff(attempt: 9, jitter: 0) == 4)
    }
}
