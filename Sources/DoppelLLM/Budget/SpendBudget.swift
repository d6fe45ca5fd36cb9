import DoppelEngine
import DoppelProtocol

/// How many upstream requests and tokens the daemon may spend per UTC day.
///
/// A request is admitted while both counts are under their limits, and is
/// counted when admitted; its tokens are counted when its answer lands, so
/// the request that crosses the token limit finishes and the next one is
/// refused. Counts reset at 00:00 UTC; a refusal says how many seconds remain.
/// Cached answers never touch the budget. `BudgetFile` keeps the counts
/// across daemon restarts.
public struct SpendBudget: Sendable, Equatable {
    public static let secondsPerDay = 86_400.0

    public var maxRequestsPerDay: Int?
    public var maxTokensPerDay: Int?
    /// Days since 1970-01-01 UTC of the current counts.
    public private(set) var day: Int = .min
    public private(set) var requests = 0
    public private(set) var tokens = 0

    public init(maxRequestsPerDay: Int? = nil, maxTokensPerDay: Int? = nil) {
        self.maxRequestsPerDay = maxRequestsPerDay
        self.maxTokensPerDay = maxTokensPerDay
    }

    /// Takes over the counts of an earlier run (from `BudgetFile`), kept only if they are for `now`'s day.
    public mutating func restore(day: Int, requests: Int, tokens: Int, now: Double) {
        guard day == Self.dayNumber(now) else { return }
        self.day = day
        self.requests = max(0, requests)
        self.tokens = max(0, tokens)
    }

    /// True when either limit is set; without one there is nothing to keep.
    public var isLimited: Bool { maxRequestsPerDay != nil || maxTokensPerDay != nil }

    /// Counts one request at `now`, or returns `RATE_LIMIT_EXCEEDED` with `retryAfter` when the day's budget is spent.
    public mutating func admit(now: Double) -> RequestError? {
        roll(now)
        let wait = secondsUntilReset(now: now)
        if let max = maxRequestsPerDay, requests >= max {
            return .budgetSpent("\(requests) of \(max) requests per day used", retryAfter: wait)
        }
        if let max = maxTokensPerDay, tokens >= max {
            return .budgetSpent("\(tokens) of \(max) tokens per day used", retryAfter: wait)
        }
        requests += 1
        return nil
    }

    /// Adds the tokens an answer used.
    public mutating func record(tokens used: Int, now: Double) {
        roll(now)
        tokens += max(0, used)
    }

    /// Whole seconds from `now` to the next 00:00 UTC, at least 1.
    public func secondsUntilReset(now: Double) -> Int {
        let next = (Self.dayNumber(now) + 1) * Int(Self.secondsPerDay)
        return max(1, Int((Double(next) - now).rounded(.up)))
    }

    /// The counts as of `now`, rolled over if a new day has begun.
    public func current(now: Double) -> SpendBudget {
        var copy = self
        copy.roll(now)
        return copy
    }

    private mutating func roll(_ now: Double) {
        let today = Self.dayNumber(now)
        if today != day {
            day = today
            requests = 0
            tokens = 0
        }
    }

    static func dayNumber(_ now: Double) -> Int { Int((now / secondsPerDay).rounded(.down)) }
}
