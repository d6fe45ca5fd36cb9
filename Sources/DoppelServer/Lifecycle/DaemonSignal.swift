import DoppelPOSIX

/// What `doppeld` does on each signal it watches. Signals not listed keep
/// their default action; SIGPIPE is ignored separately.
enum DaemonSignal {
    enum Response: Sendable, Equatable {
        /// Drain and exit, as `shutdown` does.
        case shutDown(reason: String)
        /// Open `--log-file` again (the logrotate convention).
        case reopenLog
        /// Log it and carry on: a stray `kill -USR1` must not take the daemon and its caches down.
        case ignore(name: String)
    }

    static let watched = [Signals.terminate, Signals.interrupt, Signals.hangup, Signals.user1, Signals.user2]

    static func response(to signal: Int32) -> Response {
        switch signal {
        case Signals.terminate: return .shutDown(reason: "SIGTERM")
        case Signals.interrupt: return .shutDown(reason: "SIGINT")
        case Signals.hangup: return .reopenLog
        case Signals.user1: return .ignore(name: "SIGUSR1")
        default: return .ignore(name: "SIGUSR2")
        }
    }
}
