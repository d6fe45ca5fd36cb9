import Glibc

/// A failed system call: which operation, on what, and the `errno` it set.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public var operation: String
    public var errno: Int32
    /// The path or object the call was about, if any.
    public var subject: String?

    public init(_ operation: String, errno: Int32 = Glibc.errno, subject: String? = nil) {
        self.operation = operation
        self.errno = errno
        self.subject = subject
    }

    public var description: String {
        let reason = String(cString: strerror(errno))
        if let subject { return "\(operation) \(subject): \(reason)" }
        return "\(operation): \(reason)"
    }

    public var isConnectionRefused: Bool { errno == ECONNREFUSED }
    public var isNoSuchFile: Bool { errno == ENOENT }
    public var isTimedOut: Bool { errno == ETIMEDOUT }
    /// `getaddrinfo` found no address for the name.
    public var isHostNotFound: Bool { operation == "getaddrinfo" }
    public var isWouldBlock: Bool { errno == EAGAIN || errno == EWOULDBLOCK }
}

/// Retries a call interrupted by a signal; returns its result or throws its errno.
@discardableResult
func retryingEINTR<T: BinaryInteger>(_ operation: String, subject: String? = nil, _ body: () -> T) throws -> T {
    while true {
        let r = body()
        if r >= 0 { return r }
        if errno == EINTR { continue }
        throw SystemError(operation, subject: subject)
    }
}
