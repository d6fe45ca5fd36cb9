import Foundation
import DoppelText
import DoppelEngine

/// How a request's wait on the model stands: the seconds since the request
/// started and the tokens of the answer streamed so far.
public struct ModelWait: Sendable, Equatable {
    /// Tokens received of the current answer; 0 while a server that does not
    /// stream prepares its whole answer.
    public var tokens: Int
    /// Whole seconds since the request began.
    public var seconds: Int

    public init(tokens: Int, seconds: Int) {
        self.tokens = tokens
        self.seconds = seconds
    }

    /// The `$/progress` message: `tokens from the model (12 s)`.
    public var message: String { "tokens from the model (\(seconds) s)" }
}

/// Where a request's wait on the model is reported: set by the daemon around
/// a method handler (a task-local value, so it reaches the client through the
/// service without every signature carrying it).
///
/// Two things report: the tokens of a streamed answer as they arrive, and a
/// heartbeat every `interval` seconds while the request waits on the model
/// at all — queued behind other requests, or on a server that sends nothing
/// until its answer is complete (llama.cpp can) — so a terminal shows that
/// the request is alive.
public enum LLMProgress {
    /// Receives `ModelWait`s for one request.
    ///
    /// - Important: a class, not a bare closure: a task-local of function type, specialised in an
    ///   optimised build, pushed its value with the wrong type metadata and crashed the daemon
    ///   (`swift_task_localValuePush`, Swift 6.3.1 on Linux) on the first request.
    ///
    /// `@unchecked Sendable`: `tokens` is reached only under `lock`; the rest is immutable.
    public final class Observer: @unchecked Sendable {
        /// Seconds between heartbeats; 0 sends none.
        public let interval: Double
        private let report: @Sendable (ModelWait) -> Void
        private let started = ContinuousClock.now
        private let lock = NSLock()
        private var tokens = 0

        /// - Parameters:
        ///   - interval: seconds between heartbeats while waiting on the model (0: none).
        ///   - report: called from the transport's and the heartbeat's threads.
        public init(heartbeat interval: Double = 1, _ report: @escaping @Sendable (ModelWait) -> Void) {
            self.interval = interval
            self.report = report
        }

        /// A streamed answer has reached `count` tokens.
        func received(tokens count: Int) {
            report(lock.withLock { tokens = count; return wait })
        }

        /// The request is still waiting.
        func beat() { report(lock.withLock { wait }) }

        /// The current figures; call under `lock`.
        private var wait: ModelWait {
            ModelWait(tokens: tokens, seconds: Int(started.duration(to: .now).components.seconds))
        }
    }

    @TaskLocal public static var observer: Observer?

    /// Runs `body` (a wait on the model), telling the current observer every
    /// `interval` seconds that the request is still waiting.
    static func whileWaiting<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        guard let observer, observer.interval > 0 else { return try await body() }
        let nanoseconds = UInt64(min(observer.interval, 3_600) * 1_000_000_000)
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            group.addTask {
                while true {
                    try await Task.sleep(nanoseconds: nanoseconds)
                    observer.beat()
                }
            }
            defer { group.cancelAll() }
            return try await body()
        }
    }
}
