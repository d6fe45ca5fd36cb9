import DoppelJSON

/// The LLM backend's figures for the daemon's `status`.
public struct LLMStatus: Sendable, Equatable {
    public var configured: Bool
    public var cache: ResponseCache.Statistics
    /// Identical requests that waited on one already in flight instead of calling upstream.
    public var coalesced: Int
    /// HTTP requests sent upstream, retries included.
    public var upstreamCalls: Int
    public var retries: Int
    /// Requests that ended in an error.
    public var failures: Int
    public var tokensIn: Int
    public var tokensOut: Int
    /// The day's spend so far and its limits.
    public var budget: SpendBudget
    public var budgetResetsInSeconds: Int

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
}
