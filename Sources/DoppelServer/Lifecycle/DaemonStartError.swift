/// Why the daemon could not start: printed to the terminal (or sent up the
/// readiness pipe) and the process exits with `exitStatus` (1, or
/// `DaemonExitStatus.lockHeld` when another daemon has the socket).
public struct DaemonStartError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let exitStatus: Int32
    public init(_ message: String, exitStatus: Int32 = 1) {
        self.message = message
        self.exitStatus = exitStatus
    }
    public var description: String { message }
}
