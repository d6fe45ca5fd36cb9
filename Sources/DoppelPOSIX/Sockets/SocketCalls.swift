import Glibc

/// The system calls a connection's outbound writer makes, in one value, so a
/// test can replace them (answer EAGAIN, EPIPE or a short write on demand)
/// and drive the writer without a socket — swift-system's `Syscalls.swift`
/// idea, scoped to what the writer needs.
///
/// Each call returns the raw result and the `errno` read right after it, on
/// the same thread.
public struct SocketCalls: Sendable {
    /// `send(2)` with `MSG_DONTWAIT | MSG_NOSIGNAL`: never blocks, never raises SIGPIPE.
    public var send: @Sendable (_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (result: Int, errno: Int32)
    /// `poll(2)` for `POLLOUT`: > 0 writable (or broken), 0 timed out, < 0 failed.
    public var pollWritable: @Sendable (_ fd: Int32, _ timeoutMilliseconds: Int32) -> (result: Int32, errno: Int32)
    /// `shutdown(2)` both ways: wakes a thread blocked reading the socket.
    public var shutdown: @Sendable (_ fd: Int32) -> Void
    /// `close(2)`.
    public var close: @Sendable (_ fd: Int32) -> Void

    public init(send: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> (result: Int, errno: Int32),
                pollWritable: @escaping @Sendable (Int32, Int32) -> (result: Int32, errno: Int32),
                shutdown: @escaping @Sendable (Int32) -> Void,
                close: @escaping @Sendable (Int32) -> Void) {
        self.send = send
        self.pollWritable = pollWritable
        self.shutdown = shutdown
        self.close = close
    }

    /// The real calls.
    public static let system = SocketCalls(
        send: { fd, bytes in
            let n = Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL))
            return (n, n < 0 ? errno : 0)
        },
        pollWritable: { fd, timeout in
            var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let n = Glibc.poll(&entry, 1, timeout)
            return (n, n < 0 ? errno : 0)
        },
        shutdown: { fd in _ = Glibc.shutdown(fd, Int32(SHUT_RDWR)) },
        close: { fd in _ = Glibc.close(fd) })
}
