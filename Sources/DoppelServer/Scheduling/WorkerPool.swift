import DoppelJSON
import DoppelProtocol
import Foundation

/// A fixed set of threads running CPU-heavy jobs, so generation never runs on
/// an I/O thread and never uses more cores than it was given.
///
/// `@unchecked Sendable`: the queue and counters are only touched under `condition`.
public final class WorkerPool: @unchecked Sendable {
    public let threadCount: Int
    public let maxQueued: Int
    private let condition = NSCondition()
    private var queue: [@Sendable () -> Void] = []
    private var head = 0
    private var busy = 0

    public init(threads: Int, maxQueued: Int) {
        threadCount = max(1, threads)
        self.maxQueued = max(1, maxQueued)
        for n in 0..<threadCount {
            // The threads keep the pool alive: it lives as long as the daemon.
            let thread = Thread { [self] in workLoop() }
            thread.name = "doppel-worker-\(n)"
            thread.start()
        }
    }

    /// Runs `work` on a worker and returns its result. Throws `overloaded`
    /// (with `retryAfter`) when `maxQueued` jobs already wait, and
    /// `RequestCancelled` when the request was cancelled before a worker took it.
    public func run<T: Sendable>(cancellation: CancellationToken,
                                 _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
            submit(cancellation: cancellation, work) { continuation.resume(with: $0) }
        }
    }

    /// Queues `work` without waiting: `completion` gets its result on the
    /// worker, or at once the `overloaded` error when `maxQueued` jobs already
    /// wait. `run` is this with a continuation.
    func submit<T: Sendable>(cancellation: CancellationToken, _ work: @escaping @Sendable () throws -> T,
                             completion: @escaping @Sendable (Result<T, Error>) -> Void) {
        let accepted = enqueue {
            if cancellation.isCancelled {
                completion(.failure(RequestCancelled()))
                return
            }
            completion(Result { try work() })
        }
        if !accepted {
            completion(.failure(RPCError(
                code: .overloaded, message: "the daemon is busy: \(maxQueued) jobs are already waiting for a worker",
                extra: JSONObject([("retryAfter", 1)]))))
        }
    }

    /// Threads, busy threads and waiting jobs, for `status`.
    public var figures: JSON {
        condition.lock()
        defer { condition.unlock() }
        return ["threads": .int(threadCount), "busy": .int(busy), "queued": .int(queue.count - head)]
    }

    private func enqueue(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard queue.count - head < maxQueued else { return false }
        queue.append(job)
        condition.signal()
        return true
    }

    private func workLoop() {
        while true {
            condition.lock()
            while head == queue.count { condition.wait() }
            let job = queue[head]
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            }
            busy += 1
            condition.unlock()
            job()
            condition.lock()
            busy -= 1
            condition.unlock()
        }
    }
}
