import Foundation

/// Wall-clock time and waiting, injected so backoff and daily budgets can be
/// tested without waiting (Hummingbird's mock-clock pattern).
public protocol LLMClock: Sendable {
    /// Seconds since 1970-01-01 00:00 UTC.
    func now() -> Double
    /// Waits `seconds`; throws `CancellationError` when the task is cancelled.
    func sleep(seconds: Double) async throws
}

/// The real clock: `Date()` and `Task.sleep`.
public struct SystemClock: LLMClock {
    public init() {}

    public func now() -> Double { Date().timeIntervalSince1970 }

    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(min(seconds, 86_400) * 1_000_000_000))
    }
}
