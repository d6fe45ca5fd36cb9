import DoppelJSON
import Foundation

/// The LLM backend's figures for the daemon's `status`.
public struct LLMStatus: Sendable, Equatable {
    public var configured: Bool
    public var cache: ResponseCache.Statistics
    /// Identical requests that waited on one already in flight instead of calling upstream.
    public var coalesced: Int
    /// HTTP requests sent upstream, retries included.
    public var upstreamCalls: Int
    public var retries: Int
    /// Requests that ended in an error, and answers unusable after repair.
    public var failures: Int
    /// `failures` by error kind (`LLM_TIMEOUT`, `LLM_OUTPUT_INVALID`, …).
    public var failuresByKind: [String: Int] = [:]
    /// The latest failure; its message never holds a key.
    public var lastError: LastError?
    public var tokensIn: Int
    public var tokensOut: Int
    /// The day's spend so far and its limits.
    public var budget: SpendBudget
    public var budgetResetsInSeconds: Int

    /// The latest failure: its kind, its message and when (seconds since 1970).
    public struct LastError: Sendable, Equatable {
        public var kind: String
        public var message: String
        public var at: Double
    }

    public init(configured: Bool, cache: ResponseCache.Statistics, coalesced: Int, upstreamCalls: Int, retries: Int,
                failures: Int, failuresByKind: [String: Int] = [:], lastError: LastError? = nil, tokensIn: Int,
                tokensOut: Int, budget: SpendBudget, budgetResetsInSeconds: Int) {
        self.configured = configured
        self.cache = cache
        self.coalesced = coalesced
        self.upstreamCalls = upstreamCalls
        self.retries = retries
        self.failures = failures
        self.failuresByKind = failuresByKind
        self.lastError = lastError
        self.tokensIn = tokensIn
        self.tokensOut = tokensOut
        self.budget = budget
        self.budgetResetsInSeconds = budgetResetsInSeconds
    }

    /// The figures of a backend that has made no call: what `status` shows
    /// when no model is configured and no service was started.
    public static func idle(configuration: LLMConfiguration, now: Double) -> LLMStatus {
        let budget = SpendBudget(maxRequestsPerDay: configuration.maxRequestsPerDay,
                                 maxTokensPerDay: configuration.maxTokensPerDay)
        return LLMStatus(configured: configuration.isConfigured, cache: ResponseCache.Statistics(), coalesced: 0,
                         upstreamCalls: 0, retries: 0, failures: 0, tokensIn: 0, tokensOut: 0,
                         budget: budget.current(now: now), budgetResetsInSeconds: budget.secondsUntilReset(now: now))
    }

    /// The `llm` section of `status`: settings (never the key) and figures.
    public func json(configuration: LLMConfiguration) -> JSON {
        var o = configuration.statusJSON.objectValue ?? JSONObject()
        o["hits"] = .int(cache.hits)
        o["misses"] = .int(cache.misses)
        o["coalesced"] = .int(coalesced)
        o["upstream_calls"] = .int(upstreamCalls)
        o["retries"] = .int(retries)
        o["failures"] = .int(failures)
        var kinds = JSONObject()
        for kind in failuresByKind.keys.sorted() { kinds.appendUnique(kind, .int(failuresByKind[kind] ?? 0)) }
        o["failures_by_kind"] = .object(kinds)
        o["last_error"] = lastError.map { e -> JSON in
            ["kind": .string(e.kind), "message": .string(e.message), "at": .string(Self.iso8601(e.at))]
        } ?? .null
        o["tokens_in"] = .int(tokensIn)
        o["tokens_out"] = .int(tokensOut)
        o["bytes_held"] = .int(cache.bytesHeld)
        o["entries"] = .int(cache.memoryEntries)
        o["memory_bytes"] = .int(cache.memoryBytes)
        o["disk_entries"] = .int(cache.diskEntries)
        o["disk_bytes"] = .int(cache.diskBytes)
        o["disk_file_bytes"] = .int(cache.diskFileBytes)
        o["compactions"] = .int(cache.compactions)
        o["budget"] = [
            "requests_today": .int(budget.requests),
            "tokens_today": .int(budget.tokens),
            "max_requests_per_day": budget.maxRequestsPerDay.map { JSON.int($0) } ?? .null,
            "max_tokens_per_day": budget.maxTokensPerDay.map { JSON.int($0) } ?? .null,
            "resets_in_seconds": .int(budgetResetsInSeconds),
        ]
        return .object(o)
    }

    static func iso8601(_ seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
