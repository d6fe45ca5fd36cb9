import DoppelJSON
import DoppelProtocol
import Foundation

/// A fixed number of worker slots running CPU-heavy jobs, so generation never
/// runs on an I/O thread and never uses more cores than it was given.
///
/// A job that must wait for its client (a stream whose reader is behind)
/// *pauses*: it gives its slot back, so a stalled client never holds a worker,
/// and the pool starts a stand-in thread to keep `threadCount` threads
/// working. A paused job takes a slot again before anything queued when its
/// client catches up. Threads are bounded by `threadCount + maxPaused`.
///
/// `@unchecked Sendable`: the queue and counters are only touched under `condition`.
public final class WorkerPool: @unchecked Sendable {
    public let threadCount: Int
    public let maxQueued: Int
    /// Jobs that may pause at once; one more is refused `OVERLOADED`.
    public let maxPaused: Int
    private let condition = NSCondition()
    private var queue: [@Sendable () -> Void] = []
    private var head = 0
    /// Jobs holding a slot.
    private var busy = 0
    /// Jobs paused outside their slot, and those of them waiting to take one back.
    private var paused = 0
    private var resuming = 0
    /// Live threads (working, paused or idle).
    private var threads = 0

    public init(threads: Int, maxQueued: Int, maxPaused: Int? = nil) {
        threadCount = max(1, threads)
        self.maxQueued = max(1, maxQueued)
        self.maxPaused = max(1, maxPaused ?? 4 * threadCount)
        condition.lock()
        for _ in 0..<threadCount { startThread() }
        condition.unlock()
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
            completion(.failure(Self.overloaded("\(maxQueued) jobs are already waiting for a worker")))
        }
    }

    /// Runs blocking `wait` with the calling job's slot given back, then takes a
    /// slot again (before any queued job) and returns.
    ///
    /// - Important: call only from a job running on this pool (inside `run`).
    /// - Throws: `OVERLOADED` without waiting when `maxPaused` jobs already pause.
    public func paused<T>(_ wait: () throws -> T) throws -> T {
        condition.lock()
        guard paused < maxPaused else {
            condition.unlock()
            throw Self.overloaded("\(maxPaused) jobs already wait for clients that do not read")
        }
        busy -= 1
        paused += 1
        // Keep threadCount threads able to run queued work while this one waits.
        if threads - paused < threadCount { startThread() }
        condition.broadcast()
        condition.unlock()
        defer {
            condition.lock()
            resuming += 1
            while busy >= threadCount { condition.wait() }
            resuming -= 1
            paused -= 1
            busy += 1
            condition.broadcast()  // a stand-in beyond threadCount may now retire
            condition.unlock()
        }
        return try wait()
    }

    /// Threads, busy slots, waiting and paused jobs, for `status`.
    public var figures: JSON {
        condition.lock()
        defer { condition.unlock() }
        return ["threads": .int(threadCount), "busy": .int(busy), "queued": .int(queue.count - head),
                "paused": .int(paused)]
    }

    private static func overloaded(_ reason: String) -> RPCError {
        RPCError(code: .overloaded, message: "the daemon is busy: \(reason)", extra: JSONObject([("retryAfter", 1)]))
    }

    private func enqueue(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard queue.count - head < maxQueued else { return false }
        queue.append(job)
        condition.broadcast()
        return true
    }

    /// - Important: call with `condition` held.
    private func startThread() {
        threads += 1
        let thread = Thread { [self] in workLoop() }  // threads keep the pool alive, as long as the daemon
        thread.name = "doppel-worker"
        thread.start()
    }

    private func workLoop() {
        condition.lock()
        while true {
            // Paused jobs taking their slot back go first.
            if head < queue.count, busy < threadCount, resuming == 0 {
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
                condition.broadcast()
                continue
            }
            // More threads than slots need (a paused job came back): retire this one.
            if threads - paused > threadCount {
                threads -= 1
                condition.unlock()
                return
            }
            condition.wait()
        }
    }
}
