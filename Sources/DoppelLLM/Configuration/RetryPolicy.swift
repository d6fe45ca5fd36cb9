/// How the client retries a chat completion that failed in a way worth retrying.
///
/// Retried: HTTP 429 and 5xx. Never retried: other 4xx (the request itself is
/// wrong, or the key is), timeouts and unreachable endpoints (retrying them
/// would multiply the wait a caller already found too long).
///
/// The wait before retry `n` (0-based) is `min(maxDelay, baseDelay · 2ⁿ)`
/// scaled by a jitter factor drawn from `0.5..<1.0`, so clients that failed
/// together do not retry together; a `Retry-After` from the server replaces
/// it when present, unless it asks for more than `maxRetryAfter`, in which
/// case the client gives up at once and reports the wait to its caller.
public struct RetryPolicy: Sendable, Equatable {
    /// Retries after the first attempt (0: one attempt only).
    public var maxRetries: Int
    /// Seconds before the first retry.
    public var baseDelay: Double
    /// Cap on the computed backoff, in seconds.
    public var maxDelay: Double
    /// The longest `Retry-After` the client will wait out, in seconds.
    public var maxRetryAfter: Double

    public init(maxRetries: Int = 3, baseDelay: Double = 0.5, maxDelay: Double = 30, maxRetryAfter: Double = 60) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// The backoff before retry `attempt` (0-based), given a jitter draw in `0..<1`.
    public func backoff(attempt: Int, jitter: Double) -> Double {
        let exponent = Double(min(max(attempt, 0), 30))
        let ceiling = min(maxDelay, baseDelay * pow2(exponent))
        let unit = min(max(jitter, 0), 1)
        return ceiling * (0.5 + 0.5 * unit)
    }

    private func pow2(_ e: Double) -> Double {
        var r = 1.0
        for _ in 0..<Int(e) { r *= 2 }
        return r
    }
}
