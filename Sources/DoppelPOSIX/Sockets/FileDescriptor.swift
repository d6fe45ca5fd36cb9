import Glibc

/// An open file descriptor and the byte I/O Doppel does on it.
///
/// A plain value: whoever created it closes it, once.
public struct FileDescriptor: Sendable, Hashable {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let standardInput = FileDescriptor(rawValue: 0)
    public static let standardOutput = FileDescriptor(rawValue: 1)
    public static let standardError = FileDescriptor(rawValue: 2)

    public func close() { _ = Glibc.close(rawValue) }

    /// Reads up to `buffer.count` bytes; 0 means end of stream.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try retryingEINTR("read") { Glibc.read(rawValue, buffer.baseAddress, buffer.count) }
    }

    /// Writes every byte, blocking as needed. On a pipe or socket whose reader
    /// has gone this raises SIGPIPE unless the process ignores it (doppel and
    /// doppeld do); use `sendAll` on sockets.
    public func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = try retryingEINTR("write") {
                Glibc.write(rawValue, bytes.baseAddress! + offset, bytes.count - offset)
            }
            offset += n
        }
    }

    public func writeAll(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeAll($0) }
    }

    /// Sends every byte on a socket, blocking as needed. Unlike `writeAll` it
    /// never raises SIGPIPE when the peer has gone: it throws EPIPE instead,
    /// so a library user's process is not killed by a daemon closing a connection.
    public func sendAll(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = try retryingEINTR("send") {
                    send(rawValue, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                }
                offset += n
            }
        }
    }

    /// Waits until the descriptor is readable (or `timeoutMilliseconds` pass; −1 waits for ever).
    /// Returns false on timeout.
    public func waitReadable(timeoutMilliseconds: Int32) throws -> Bool {
        try poll(events: Int16(POLLIN), timeoutMilliseconds: timeoutMilliseconds)
    }

    /// Waits until the descriptor is writable; returns false on timeout.
    public func waitWritable(timeoutMilliseconds: Int32) throws -> Bool {
        try poll(events: Int16(POLLOUT), timeoutMilliseconds: timeoutMilliseconds)
    }

    private func poll(events: Int16, timeoutMilliseconds: Int32) throws -> Bool {
        var entry = pollfd(fd: rawValue, events: events, revents: 0)
        let n = try retryingEINTR("poll") { Glibc.poll(&entry, 1, timeoutMilliseconds) }
        return n > 0
    }

    /// Stops further reads and writes (wakes a thread blocked reading it).
    public func shutdownBoth() { _ = Glibc.shutdown(rawValue, Int32(SHUT_RDWR)) }

    /// A duplicate at the lowest free number ≥ `minimum`, close-on-exec.
    public func duplicate(atLeast minimum: Int32) throws -> FileDescriptor {
        let fd = fcntl(rawValue, F_DUPFD_CLOEXEC, minimum)
        guard fd >= 0 else { throw SystemError("fcntl(F_DUPFD_CLOEXEC)") }
        return FileDescriptor(rawValue: fd)
    }

    /// Makes `target` refer to this file (used to send stderr to a log file).
    public func duplicate(onto target: FileDescriptor) throws {
        guard dup2(rawValue, target.rawValue) >= 0 else { throw SystemError("dup2") }
    }

    /// Keeps this descriptor out of spawned children. (Glibc's `pipe2` and
    /// `accept4` are not visible to Swift without _GNU_SOURCE; children are
    /// only spawned by the thread that opened these, so the window is closed.)
    public func setCloseOnExec() { _ = fcntl(rawValue, F_SETFD, FD_CLOEXEC) }

    /// True when this descriptor is a terminal.
    public var isTerminal: Bool { isatty(rawValue) == 1 }

    /// A pipe whose ends are both close-on-exec.
    public static func pipe() throws -> (read: FileDescriptor, write: FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        guard Glibc.pipe(&fds) == 0 else { throw SystemError("pipe") }
        let ends = (FileDescriptor(rawValue: fds[0]), FileDescriptor(rawValue: fds[1]))
        ends.0.setCloseOnExec()
        ends.1.setCloseOnExec()
        return ends
    }
}
