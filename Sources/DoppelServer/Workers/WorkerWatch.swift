import Foundation

/// Who ends one job's worker: the reply, a cancellation, or the supervisor
/// after a failure — exactly one of them, even when they race (a `$/cancel`
/// arriving with the reply must not kill a worker already back in the warm set).
final class WorkerWatch: @unchecked Sendable {
    // `state` is only read and written under `lock`.
    private let lock = NSLock()
    private var state = State.running
    private let worker: WorkerProcess

    private enum State { case running, cancelled, ended }

    init(_ worker: WorkerProcess) { self.worker = worker }

    /// Cancellation: kills the worker if its job is still running.
    func cancel() {
        lock.lock()
        defer { lock.unlock() }
        guard state == .running else { return }
        state = .cancelled
        worker.kill()
    }

    /// The reply arrived: true if the job was still running (the worker is healthy and may be reused).
    func finish() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard state == .running else { return false }
        state = .ended
        return true
    }

    /// The supervisor gives the worker up: true if a cancellation had killed it.
    func end() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let wasCancelled = state == .cancelled
        state = .ended
        return wasCancelled
    }
}
