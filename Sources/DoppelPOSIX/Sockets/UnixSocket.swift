import Glibc

/// Creating, binding and connecting `AF_UNIX` stream sockets.
public enum UnixSocket {
    /// Connections the kernel may hold for `accept` by default: more than any
    /// burst of clients starting at once. Linux caps it at
    /// `net.core.somaxconn` (4096 by default) without complaint.
    public static let defaultBacklog: Int32 = 65_535

    /// Binds a listening socket at `path` (which must not exist) with `backlog`.
    ///
    /// The socket file is created under `umask 077`, so it is 0600 from birth.
    public static func listen(path: String, backlog: Int32 = defaultBacklog) throws -> FileDescriptor {
        let fd = try makeSocket()
        var address = try makeAddress(path)
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd.rawValue, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if bound != 0 {
            let error = SystemError("bind", subject: path)
            fd.close()
            throw error
        }
        if chmod(path, 0o600) != 0 || Glibc.listen(fd.rawValue, backlog) != 0 {
            let error = SystemError("listen", subject: path)
            fd.close()
            throw error
        }
        return fd
    }

    /// Connects to the socket at `path`; throws ENOENT or ECONNREFUSED when no daemon is there.
    /// With `failIfBacklogFull` the call does not wait for room in the
    /// listener's backlog: it throws EAGAIN instead (the socket stays blocking after).
    public static func connect(path: String, failIfBacklogFull: Bool = false) throws -> FileDescriptor {
        let fd = try makeSocket()
        if failIfBacklogFull { _ = fcntl(fd.rawValue, F_SETFL, fcntl(fd.rawValue, F_GETFL) | O_NONBLOCK) }
        defer { if failIfBacklogFull { _ = fcntl(fd.rawValue, F_SETFL, fcntl(fd.rawValue, F_GETFL) & ~O_NONBLOCK) } }
        var address = try makeAddress(path)
        let r = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd.rawValue, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if r != 0 {
            let error = SystemError("connect", subject: path)
            fd.close()
            throw error
        }
        return fd
    }

    /// Accepts one connection, retrying on EINTR and on a peer that reset
    /// before it was accepted.
    public static func accept(_ listener: FileDescriptor) throws -> FileDescriptor {
        while true {
            let fd = Glibc.accept(listener.rawValue, nil, nil)
            if fd >= 0 {
                let descriptor = FileDescriptor(rawValue: fd)
                descriptor.setCloseOnExec()
                return descriptor
            }
            if errno == EINTR || errno == ECONNABORTED { continue }
            throw SystemError("accept")
        }
    }

    /// Two connected stream sockets (`socketpair`), close-on-exec: a
    /// connection without a listener, for tests and for talking to a child.
    public static func pair() throws -> (FileDescriptor, FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
            throw SystemError("socketpair")
        }
        return (FileDescriptor(rawValue: fds[0]), FileDescriptor(rawValue: fds[1]))
    }

    /// The uid of the process at the other end (`SO_PEERCRED`).
    public static func peerUID(_ fd: FileDescriptor) throws -> UInt32 {
        // struct ucred { pid_t pid; uid_t uid; gid_t gid; } — declared here
        // because Glibc only exposes it under _GNU_SOURCE.
        var credentials: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout<(Int32, UInt32, UInt32)>.size)
        guard getsockopt(fd.rawValue, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0,
              Int(length) == MemoryLayout<(Int32, UInt32, UInt32)>.size
        else { throw SystemError("getsockopt(SO_PEERCRED)") }
        return credentials.uid
    }

    private static func makeSocket() throws -> FileDescriptor {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SystemError("socket") }
        return FileDescriptor(rawValue: fd)
    }

    private static func makeAddress(_ path: String) throws -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else {
            throw SystemError("socket path", errno: ENAMETOOLONG, subject: path)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }
}
