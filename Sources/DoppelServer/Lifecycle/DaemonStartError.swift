/// Why the daemon could not start: printed to the terminal (or sent up the
/// readiness pipe) and the process exits 1.
public struct DaemonStartError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
