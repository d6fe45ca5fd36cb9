import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
@testable import DoppelLLM
import DoppelTestSupport
import DoppelProtocol

/// The pieces most service tests need: a fixture, a manual clock, warnings
/// and a service wired to them.
struct Harness {
    static let key = APIKey("sk-test-SECRET-4f9a2c7e1b")!
    static let keyText = "sk-test-SECRET-4f9a2c7e1b"

    let fixture: ChatCompletionsFixture
    let clock: ManualClock
    let warnings = WarningLog()
    let service: LLMService

    init(fixture: ChatCompletionsFixture, clock: ManualClock = ManualClock(), cacheMode: CacheMode = .memory,
         cacheDirectory: String? = nil, timeout: Double = 5, retry: RetryPolicy = RetryPolicy(maxRetries: 3, baseDelay: 0.5),
         maxRequestsPerDay: Int? = nil, maxTokensPerDay: Int? = nil, apiKey: APIKey? = Harness.key,
         maxConcurrency: Int? = nil, maxResponseBytes: Int? = nil, streaming: Bool = true) {
        self.fixture = fixture
        self.clock = clock
        var config = LLMConfiguration(baseURL: fixture.baseURL, model: "fixture-model", apiKey: apiKey, timeout: timeout,
                                      retry: retry, cacheMode: cacheMode, cacheDirectory: cacheDirectory,
                                      maxRequestsPerDay: maxRequestsPerDay, maxTokensPerDay: maxTokensPerDay)
        config.maxConcurrency = maxConcurrency
        if let maxResponseBytes { config.maxResponseBytes = maxResponseBytes }
        config.streaming = streaming
        service = LLMService(configuration: config, clock: clock, jitter: { 0.5 }, warn: warnings.sink)
    }

    static func ask(_ text: String, seed: Int? = nil) -> ChatRequest {
        ChatRequest(messages: [.system("Answer in JSON."), .user(text)], temperature: 0, seed: seed)
    }
}

/// Runs `body` and returns the `RequestError` it throws, or nil.
func requestError(_ body: () async throws -> Void) async -> RequestError? {
    do {
        try await body()
        return nil
    } catch let e as RequestError {
        return e
    } catch {
        return nil
    }
}

extension LLMService {
    /// `complete`, then `accept`: the answer passed its caller's checks, so it is cached.
    func completeAccepted(_ request: ChatRequest, apiKey: APIKey? = nil) async throws -> ChatCompletion {
        let answer = try await complete(request, apiKey: apiKey)
        await accept(answer, for: request)
        return answer
    }
}
