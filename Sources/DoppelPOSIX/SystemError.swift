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

    /// The errno's text, as `strerror` gives it ("No space left on device").
    public var reason: String { String(cString: strerror(errno)) }

    public var description: String {
        if let subject { return "\(operation) \(subject): \(reason)" }
        return "\(operation): \(reason)"
    }

    /// errno values callers branch on, named so that only this module imports Glibc.
    public enum Code {
        public static let noSpace = ENOSPC
        public static let readOnly = EROFS
        public static let permissionDenied = EACCES
        public static let notPermitted = EPERM
        public static let nameTooLong = ENAMETOOLONG
        public static let notDirectory = ENOTDIR
        public static let exists = EEXIST
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
