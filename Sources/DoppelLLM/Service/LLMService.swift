import DoppelText
import DoppelEngine
import DoppelJSON
import Foundation
import DoppelProtocol

/// The LLM backend as the daemon uses it: key checks, the response cache,
/// single-flight for identical requests, the daily budget, then the client.
///
/// For one request, in order:
/// 1. a model must be configured (or named by the request) — `LLM_NOT_CONFIGURED`;
/// 2. a key for OpenAI's endpoint must start with `sk-` — `INVALID_API_KEY`;
/// 3. a cached answer is returned at once, whatever the budget;
/// 4. an identical request (same cache key, same key) already in flight is
///    joined rather than repeated;
/// 5. the budget admits the request or refuses with `RATE_LIMIT_EXCEEDED`;
/// 6. at most `effectiveConcurrency` requests go upstream at once (the rest
///    wait their turn, before their timeout starts);
/// 7. the client calls upstream with retries; its tokens are counted. The
///    answer is cached only when its caller `accept`s it — after the meaning
///    checks — so an unusable answer is never served again.
///
/// Callers wait on the model without blocking anything else: the actor is
/// free while a request is upstream.
public actor LLMService: LLMCompleting {
    /// The settings it was built with (`statusJSON` shows them, never the key).
    public nonisolated let configuration: LLMConfiguration
    /// The response cache; shared with nothing else, exposed for its figures and path.
    public nonisolated let cache: ResponseCache
    private let client: ChatCompletionsClient
    private let gate: ConcurrencyGate
    private nonisolated let clock: any LLMClock
    private nonisolated let counters = ServiceCounters()
    private nonisolated let ledger: BudgetLedger
    private var inflight: [CacheKey: [Flight]] = [:]
    private var nextFlightID = 0

    private struct Flight {
        let id: Int
        let apiKey: APIKey?
        let task: Task<ChatCompletion, any Error>
    }

    /// - Parameters:
    ///   - cache: defaults to the one `configuration` asks for.
    ///   - transport: defaults to the socket client for `http://` and URLSession for `https://`.
    ///   - clock: time for backoff and the budget's day.
    ///   - warn: cache warnings (paths, never keys).
    public init(configuration: LLMConfiguration, cache: ResponseCache? = nil,
                transport: any HTTPTransport = EndpointTransport.standard, clock: any LLMClock = SystemClock(),
                jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.cache = cache ?? ResponseCache(configuration: configuration, warn: warn)
        self.client = ChatCompletionsClient(baseURL: configuration.baseURL, timeout: configuration.timeout,
                                            retry: configuration.retry, transport: transport, clock: clock, jitter: jitter,
                                            maxResponseBytes: configuration.maxResponseBytes, streaming: configuration.streaming)
        self.gate = ConcurrencyGate(limit: configuration.effectiveConcurrency)
        self.clock = clock
        var budget = SpendBudget(maxRequestsPerDay: configuration.maxRequestsPerDay,
                                 maxTokensPerDay: configuration.maxTokensPerDay)
        var budgetFile: BudgetFile?
        if budget.isLimited, let path = configuration.budgetFile {
            let file = BudgetFile(path: path, warn: warn)
            file.load(into: &budget, now: clock.now())
            budgetFile = file
        }
        ledger = BudgetLedger(budget: budget, file: budgetFile)
    }

    /// True when a model is configured, so `auto` uses it.
    public nonisolated var isConfigured: Bool { configuration.isConfigured }

    /// Answers `request` through the steps above; `apiKey` (a request's `api_key`) overrides the configured key.
    ///
    /// - Throws: `RequestError` of an `LLMErrorKind`, or `CancellationError`.
    public func complete(_ request: ChatRequest, apiKey: APIKey? = nil) async throws -> ChatCompletion {
        guard let model = request.model ?? configuration.model else {
            throw counters.failed(LLMErrorKind.notConfigured.error(
                "No LLM model is configured: start doppeld with --llm-model (or set DOPPEL_LLM_MODEL) and point --llm-base-url at an OpenAI-compatible endpoint"), now: clock.now())
        }
        let key = apiKey ?? configuration.apiKey
        if let problem = ChatCompletionsClient.keyProblem(key, baseURL: configuration.baseURL) {
            throw counters.failed(problem, now: clock.now())
        }
        let cacheKey = CacheKey(baseURL: configuration.baseURL, model: model, request: request)
        if var hit = cache.value(for: cacheKey) {
            hit.fromCache = true
            return hit
        }
        if let flight = inflight[cacheKey]?.first(where: { $0.apiKey == key }) {
            counters.add(coalesced: 1)
            return try await LLMProgress.whileWaiting { try await flight.task.value }
        }
        if key == nil && configuration.isOpenAIEndpoint {
            throw counters.failed(LLMErrorKind.unauthorized.error(
                "No API key for \(configuration.baseURL): set DOPPEL_LLM_API_KEY or OPENAI_API_KEY, or pass api_key"), now: clock.now())
        }
        if let refusal = ledger.admit(now: clock.now()) {
            throw counters.failed(refusal, now: clock.now())
        }
        let id = nextFlightID
        nextFlightID += 1
        let client = self.client
        let counters = self.counters
        let gate = self.gate
        // Unstructured on purpose: if the caller that started it goes away,
        // the others joined to it still get their answer, and it is cached.
        // It inherits this actor, so it cannot land before it is registered.
        let task = Task<ChatCompletion, any Error> {
            await gate.enter()
            do {
                defer { Task { await gate.leave() } }
                let answer = try await client.complete(request, model: model, apiKey: key) { attempt in
                    switch attempt {
                    case .sent: counters.add(upstreamCalls: 1)
                    case .retrying: counters.add(retries: 1)
                    }
                }
                self.land(answer, key: cacheKey, flight: id)
                return answer
            } catch {
                self.drop(key: cacheKey, flight: id, error: error)
                throw error
            }
        }
        inflight[cacheKey, default: []].append(Flight(id: id, apiKey: key, task: task))
        return try await LLMProgress.whileWaiting { try await task.value }
    }

    /// Caches `answer` for `request` once its caller's checks passed.
    public func accept(_ answer: ChatCompletion, for request: ChatRequest) {
        guard !answer.fromCache, let model = request.model ?? configuration.model else { return }
        var stored = answer
        stored.fromCache = false
        cache.store(stored, for: CacheKey(baseURL: configuration.baseURL, model: model, request: request))
    }

    /// Counts an answer that stayed unusable after its repair round.
    public func reject(_ request: ChatRequest, problems: [String]) {
        _ = counters.failed(LLMErrorKind.outputInvalid.error(
            "The model's answer was still unusable after one repair: \(problems.first ?? "unknown problem")"), now: clock.now())
    }

    /// The figures for `status`.
    public func status() -> LLMStatus { currentStatus() }

    /// The figures for `status`, readable from any thread without waiting on
    /// the actor (the daemon answers `status` on a connection's reader thread).
    public nonisolated func currentStatus() -> LLMStatus {
        let (budget, resetsIn) = ledger.snapshot(now: clock.now())
        let c = counters.snapshot
        return LLMStatus(configured: configuration.isConfigured, cache: cache.statistics, coalesced: c.coalesced,
                         upstreamCalls: c.upstreamCalls, retries: c.retries, failures: c.failures,
                         failuresByKind: c.failuresByKind, lastError: c.lastError,
                         tokensIn: c.tokensIn, tokensOut: c.tokensOut, budget: budget,
                         budgetResetsInSeconds: resetsIn)
    }

    /// The `llm` section of the daemon's `status`: settings (never the key) and figures.
    public nonisolated func statusJSON() -> JSON { currentStatus().json(configuration: configuration) }

    private func land(_ answer: ChatCompletion, key: CacheKey, flight: Int) {
        counters.add(tokensIn: answer.usage.promptTokens, tokensOut: answer.usage.completionTokens)
        ledger.record(tokens: answer.usage.total, now: clock.now())
        remove(key, flight)
    }

    private func drop(key: CacheKey, flight: Int, error: any Error) {
        if let error = error as? RequestError { _ = counters.failed(error, now: clock.now()) }
        remove(key, flight)
    }

    private func remove(_ key: CacheKey, _ flight: Int) {
        inflight[key]?.removeAll { $0.id == flight }
        if inflight[key]?.isEmpty == true { inflight[key] = nil }
    }
}

/// Counters bumped from the client's attempt callback, which runs outside the actor.
///
/// `@unchecked Sendable`: every member is reached only under `lock`.
final class ServiceCounters: @unchecked Sendable {
    struct Snapshot {
        var coalesced = 0, upstreamCalls = 0, retries = 0, failures = 0, tokensIn = 0, tokensOut = 0
        var failuresByKind: [String: Int] = [:]
        var lastError: LLMStatus.LastError?
    }

    private let lock = NSLock()
    private var values = Snapshot()

    var snapshot: Snapshot { lock.withLock { values } }

    func add(coalesced: Int = 0, upstreamCalls: Int = 0, retries: Int = 0, failures: Int = 0, tokensIn: Int = 0, tokensOut: Int = 0) {
        lock.withLock {
            values.coalesced += coalesced
            values.upstreamCalls += upstreamCalls
            values.retries += retries
            values.failures += failures
            values.tokensIn += tokensIn
            values.tokensOut += tokensOut
        }
    }

    /// Counts `error` under its kind and keeps it as the last error; returns it for `throw`.
    func failed(_ error: RequestError, now: Double) -> RequestError {
        lock.withLock {
            values.failures += 1
            values.failuresByKind[error.kind, default: 0] += 1
            values.lastError = LLMStatus.LastError(kind: error.kind, message: error.message, at: now)
        }
        return error
    }
}
