import Glibc

/// What one non-blocking send did.
public enum SendOutcome: Sendable, Equatable {
    /// The socket took this many bytes — possibly fewer than offered (a short write).
    case sent(Int)
    /// The socket's buffer is full (`EAGAIN`): wait until it is writable.
    case wouldBlock
    /// The socket cannot take bytes any more (`EPIPE`, `ECONNRESET`, …): the peer is gone.
    case failed(SystemError)
}

/// A connected socket written without blocking, every call through `SocketCalls`.
public struct OutboundSocket: Sendable {
    public let fd: FileDescriptor
    public let calls: SocketCalls

    public init(fd: FileDescriptor, calls: SocketCalls = .system) {
        self.fd = fd
        self.calls = calls
    }

    /// Offers `bytes` to the socket once (retrying only `EINTR`).
    public func send(_ bytes: UnsafeRawBufferPointer) -> SendOutcome {
        guard bytes.count > 0 else { return .sent(0) }
        while true {
            let (n, error) = calls.send(fd.rawValue, bytes)
            if n >= 0 { return .sent(n) }
            switch error {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .failed(SystemError("send", errno: error))
            }
        }
    }

    /// Waits until the socket can take bytes, or `timeoutMilliseconds` pass; false on timeout.
    /// A broken socket counts as writable: the next `send` reports why.
    public func waitWritable(timeoutMilliseconds: Int32) -> Bool {
        while true {
            let (n, error) = calls.pollWritable(fd.rawValue, timeoutMilliseconds)
            if n < 0 && error == EINTR { continue }
            return n != 0
        }
    }

    public func shutdown() { calls.shutdown(fd.rawValue) }

    public func close() { calls.close(fd.rawValue) }
}
