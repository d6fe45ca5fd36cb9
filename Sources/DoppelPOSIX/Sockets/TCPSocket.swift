import Glibc

/// Connecting TCP stream sockets, for the LLM client's `http://` endpoints.
///
/// Waiting happens in `poll(2)`, so a thread waiting on a slow server costs
/// no CPU (FoundationNetworking's URLSession spins libdispatch's manager
/// thread while it waits).
public enum TCPSocket {
    /// Connects to `host:port` (a name or a numeric address), trying each
    /// address `getaddrinfo` gives, within `timeoutMilliseconds` for each.
    ///
    /// - Throws: `SystemError` (`ECONNREFUSED`, `ETIMEDOUT`, or `getaddrinfo`
    ///   with `errno` `EHOSTUNREACH` when the name does not resolve).
    public static func connect(host: String, port: Int, timeoutMilliseconds: Int32) throws -> FileDescriptor {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        guard getaddrinfo(bare, String(port), &hints, &list) == 0, let first = list else {
            throw SystemError("getaddrinfo", errno: EHOSTUNREACH, subject: host)
        }
        defer { freeaddrinfo(list) }
        var lastError = SystemError("connect", errno: ECONNREFUSED, subject: "\(host):\(port)")
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let raw = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard raw >= 0 else {
                lastError = SystemError("socket")
                continue
            }
            let fd = FileDescriptor(rawValue: raw)
            fd.setCloseOnExec()
            do {
                try connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen, timeoutMilliseconds: timeoutMilliseconds,
                            subject: "\(host):\(port)")
                return fd
            } catch let error as SystemError {
                lastError = error
                fd.close()
            }
        }
        throw lastError
    }

    /// A non-blocking connect waited on with `poll`, then the socket made blocking again.
    private static func connect(_ fd: FileDescriptor, _ address: UnsafeMutablePointer<sockaddr>?, _ length: socklen_t,
                                timeoutMilliseconds: Int32, subject: String) throws {
        let flags = fcntl(fd.rawValue, F_GETFL)
        _ = fcntl(fd.rawValue, F_SETFL, flags | O_NONBLOCK)
        if Glibc.connect(fd.rawValue, address, length) != 0 {
            guard errno == EINPROGRESS || errno == EINTR else { throw SystemError("connect", subject: subject) }
            guard try fd.waitWritable(timeoutMilliseconds: timeoutMilliseconds) else {
                throw SystemError("connect", errno: ETIMEDOUT, subject: subject)
            }
            var problem: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd.rawValue, SOL_SOCKET, SO_ERROR, &problem, &size)
            if problem != 0 { throw SystemError("connect", errno: problem, subject: subject) }
        }
        _ = fcntl(fd.rawValue, F_SETFL, flags & ~O_NONBLOCK)
        var one: Int32 = 1
        setsockopt(fd.rawValue, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }
}
