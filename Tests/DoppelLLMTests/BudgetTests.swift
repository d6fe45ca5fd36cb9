import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM
import DoppelTestSupport

@Suite struct BudgetTests {
    @Test func requestBudgetTripsAndResetsAtMidnightUTC() async throws {
        let midnight = (1_700_000_000 / 86_400 + 1) * 86_400
        let clock = ManualClock(now: Double(midnight) - 1_000)
        let fixture = try ChatCompletionsFixture { _, n in .completion(#"{"n": \#(n)}"#) }
        let h = Harness(fixture: fixture, clock: clock, maxRequestsPerDay: 2)

        _ = try await h.service.completeAccepted(Harness.ask("one"))
        _ = try await h.service.completeAccepted(Harness.ask("two"))
        let refused = await requestError { _ = try await h.service.completeAccepted(Harness.ask("three")) }
        #expect(refused?.kind == "RATE_LIMIT_EXCEEDED")
        #expect(refused?.code == 1603)
        #expect(refused?.extra["retryAfter"] == 1_000)
        #expect(refused?.data["retryAfter"] == 1_000)
        #expect(fixture.requestCount == 2)

        // Cached answers do not need the model, so they still come.
        let cached = try await h.service.completeAccepted(Harness.ask("one"))
        #expect(cached.fromCache)

        clock.advance(by: 400)
        let later = await requestError { _ = try await h.service.completeAccepted(Harness.ask("three")) }
        #expect(later?.extra["retryAfter"] == 600)

        clock.advance(by: 601)
        let afterReset = try await h.service.completeAccepted(Harness.ask("three"))
        #expect(!afterReset.fromCache)
        #expect(fixture.requestCount == 3)
        let status = await h.service.status()
        #expect(status.budget.requests == 1)
    }

    @Test func tokenBudgetTripsOnceSpent() async throws {
        let clock = ManualClock(now: 1_700_000_000)
        let fixture = try ChatCompletionsFixture { _, _ in .completion("{}", promptTokens: 20, completionTokens: 10) }
        let h = Harness(fixture: fixture, clock: clock, maxTokensPerDay: 50)
        _ = try await h.service.completeAccepted(Harness.ask("a"))  // 30 used
        _ = try await h.service.completeAccepted(Harness.ask("b"))  // 60 used: admitted under the limit, lands over it
        let refused = await requestError { _ = try await h.service.completeAccepted(Harness.ask("c")) }
        #expect(refused?.kind == "RATE_LIMIT_EXCEEDED")
        #expect(refused?.message.contains("tokens") == true)
        #expect(fixture.requestCount == 2)
        clock.advance(by: 86_400)
        _ = try await h.service.completeAccepted(Harness.ask("c"))
        #expect(fixture.requestCount == 3)
    }

    @Test func theSpendSurvivesARestartOnTheSameDayOnly() async throws {
        let dir = try TemporaryDirectory("budget")
        defer { dir.remove() }
        let file = dir.path + "/state/llm-budget.json"
        let clock = ManualClock(now: 1_700_000_000)
        let fixture = try ChatCompletionsFixture { _, n in .completion(#"{"n": \#(n)}"#, promptTokens: 1, completionTokens: 1) }
        let warnings = WarningLog()
        func service() -> LLMService {
            let config = LLMConfiguration(baseURL: fixture.baseURL, model: "m", cacheMode: .off, maxRequestsPerDay: 2, budgetFile: file)
            return LLMService(configuration: config, clock: clock, warn: warnings.sink)
        }
        let first = service()
        _ = try await first.complete(Harness.ask("a"))
        _ = try await first.complete(Harness.ask("b"))
        let stored = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(stored["requests"] == 2 && stored["tokens"] == 4)

        let restarted = service()
        let refused = await requestError { _ = try await restarted.complete(Harness.ask("c")) }
        #expect(refused?.kind == "RATE_LIMIT_EXCEEDED")
        #expect(fixture.requestCount == 2)

        clock.advance(by: 86_400)
        let nextDay = service()
        _ = try await nextDay.complete(Harness.ask("c"))
        #expect(fixture.requestCount == 3)

        try Data("{broken".utf8).write(to: URL(fileURLWithPath: file))
        let damaged = service()
        _ = try await damaged.complete(Harness.ask("d"))
        #expect(warnings.all.count == 1 && warnings.all[0].contains("damaged"))
        #expect(try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: file)))["requests"] == 1)
    }

    @Test func budgetArithmetic() {
        var b = SpendBudget(maxRequestsPerDay: 1)
        let t = 86_400.0 * 19_000 + 3_600  // 01:00 UTC
        #expect(b.admit(now: t) == nil)
        #expect(b.admit(now: t + 1)?.extra["retryAfter"] == .int(86_400 - 3_601))
        #expect(b.admit(now: 86_400.0 * 19_001) == nil)  // new day
        #expect(b.secondsUntilReset(now: 86_400.0 * 19_001 - 0.2) == 1)
        var unlimited = SpendBudget()
        for i in 0..<1_000 { #expect(unlimited.admit(now: t + Double(i)) == nil) }
    }
}
