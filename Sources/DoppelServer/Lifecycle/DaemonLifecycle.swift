/// The daemon's life as a state machine: it takes events with the time they
/// happened and answers with what to do. Pure, so tests drive it with a fake clock.
///
/// running → draining (listener closed, new requests refused) → stopped.
struct DaemonLifecycle: Sendable {
    enum Phase: Sendable, Equatable {
        case running
        case draining(deadline: UInt64)
        case stopped
    }

    enum Action: Sendable, Equatable {
        /// Close and unlink the listener; refuse new requests from now on.
        case beginDrain(reason: String)
        /// The drain deadline passed: cancel whatever still runs.
        case cancelRemaining
        /// Exit the process with this status.
        case exit(code: Int32)
    }

    private(set) var phase: Phase = .running
    private(set) var openConnections = 0
    private(set) var totalConnections = 0
    private(set) var inFlight = 0
    private var lastActivity: UInt64
    /// nil: never exit for idleness.
    let idleTimeoutNanos: UInt64?
    let drainTimeoutNanos: UInt64
    /// After the drain deadline, cancelled work gets this long to answer before the exit.
    static let cancelGraceNanos: UInt64 = 500_000_000
    private var cancelledAt: UInt64?

    init(now: UInt64, idleTimeoutSeconds: Double, drainTimeoutSeconds: Double) {
        lastActivity = now
        idleTimeoutNanos = idleTimeoutSeconds > 0 ? UInt64(idleTimeoutSeconds * 1e9) : nil
        drainTimeoutNanos = UInt64(max(0, drainTimeoutSeconds) * 1e9)
    }

    var isRunning: Bool { phase == .running }

    /// When the daemon will exit for idleness, if nothing happens before.
    var idleDeadline: UInt64? {
        guard phase == .running, let idleTimeoutNanos, openConnections == 0, inFlight == 0 else { return nil }
        return lastActivity &+ idleTimeoutNanos
    }

    mutating func connectionOpened(now: UInt64) {
        openConnections += 1
        totalConnections += 1
        lastActivity = now
    }

    mutating func connectionClosed(now: UInt64) -> [Action] {
        openConnections = max(0, openConnections - 1)
        lastActivity = now
        return []
    }

    mutating func requestStarted(now: UInt64) {
        inFlight += 1
        lastActivity = now
    }

    mutating func requestFinished(now: UInt64) -> [Action] {
        inFlight = max(0, inFlight - 1)
        lastActivity = now
        if case .draining = phase, inFlight == 0 { return stop() }
        return []
    }

    /// SIGTERM, SIGINT, `shutdown` or the idle timer.
    mutating func shutdownRequested(reason: String, now: UInt64) -> [Action] {
        guard phase == .running else { return [] }
        phase = .draining(deadline: now &+ drainTimeoutNanos)
        if inFlight == 0 { return [.beginDrain(reason: reason)] + stop() }
        return [.beginDrain(reason: reason)]
    }

    /// The timer: idle exit, and the drain deadline.
    mutating func tick(now: UInt64) -> [Action] {
        switch phase {
        case .running:
            if let deadline = idleDeadline, now >= deadline {
                return shutdownRequested(reason: "idle timeout", now: now)
            }
            return []
        case let .draining(deadline):
            guard now >= deadline else { return [] }
            if let cancelledAt {
                return now >= cancelledAt &+ Self.cancelGraceNanos ? stop() : []
            }
            cancelledAt = now
            return [.cancelRemaining]
        case .stopped:
            return []
        }
    }

    private mutating func stop() -> [Action] {
        phase = .stopped
        return [.exit(code: 0)]
    }

    var figures: LifecycleFigures {
        LifecycleFigures(state: phase == .running ? "running" : (phase == .stopped ? "stopped" : "draining"),
                         openConnections: openConnections, totalConnections: totalConnections,
                         inFlight: inFlight, idleDeadline: idleDeadline)
    }
}

/// A snapshot of the lifecycle for `status`.
struct LifecycleFigures: Sendable {
    var state: String
    var openConnections: Int
    var totalConnections: Int
    var inFlight: Int
    /// Monotonic nanoseconds, or nil.
    var idleDeadline: UInt64?
}
