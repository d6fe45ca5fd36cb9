import DoppelProtocol

/// Why a client call failed. The CLI maps `daemonUnavailable` to exit 3 and the others to exit 1.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// No daemon answers and none could be started (or auto-start is off).
    case daemonUnavailable(String)
    /// No reply within the timeout.
    case timedOut(method: String, seconds: Double)
    /// The daemon closed the connection before replying.
    case connectionClosed
    /// The daemon sent something that breaks the protocol.
    case protocolViolation(String)
    /// The daemon answered with a JSON-RPC error.
    case remote(RPCError)

    public var description: String {
        switch self {
        case let .daemonUnavailable(why): return why
        case let .timedOut(method, seconds):
            return "no reply to \(method) within \(Self.format(seconds)) s (raise --timeout, or 0 to wait for ever)"
        case .connectionClosed: return "the daemon closed the connection"
        case let .protocolViolation(why): return "protocol error: \(why)"
        case let .remote(error): return error.message
        }
    }

    public var isDaemonUnavailable: Bool {
        if case .daemonUnavailable = self { return true }
        return false
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
