import Foundation

/// Set once when a request is cancelled (`$/cancel`, its client going away, or
/// the shutdown deadline); long work polls it.
public final class CancellationToken: @unchecked Sendable {
    // A lock rather than an atomic: Foundation and the standard library are
    // the only dependencies, and a poll costs tens of nanoseconds either way.
    private let lock = NSLock()
    private var cancelled = false
    private var handlers: [@Sendable () -> Void] = []

    public init() {}

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Cancels; the first call runs the registered handlers, later calls do nothing.
    public func cancel() {
        lock.lock()
        guard !cancelled else { lock.unlock(); return }
        cancelled = true
        let toRun = handlers
        handlers = []
        lock.unlock()
        for h in toRun { h() }
    }

    /// Runs `handler` on cancellation (at once if already cancelled).
    public func onCancel(_ handler: @escaping @Sendable () -> Void) {
        lock.lock()
        if cancelled {
            lock.unlock()
            handler()
            return
        }
        handlers.append(handler)
        lock.unlock()
    }
}

/// Thrown by `RequestContext.checkCancellation()`; answered with −32800.
public struct RequestCancelled: Error, Sendable {
    public init() {}
}
