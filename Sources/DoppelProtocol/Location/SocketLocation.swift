/// Where the daemon listens: the rendezvous rule shared by `doppeld` and every client.
///
/// In order: `--socket PATH`, else `$DOPPEL_SOCKET`, else
/// `$XDG_RUNTIME_DIR/doppel/doppel.sock`, else `${TMPDIR:-/tmp}/doppel-<uid>/doppel.sock`.
public struct SocketLocation: Sendable, Equatable {
    /// `sun_path` holds 108 bytes on Linux, one of them the terminating NUL.
    public static let maxPathBytes = 107

    public var socketPath: String

    public init(socketPath: String) { self.socketPath = socketPath }

    public static func resolve(flag: String?, environment: [String: String], uid: UInt32) -> SocketLocation {
        if let flag, !flag.isEmpty { return SocketLocation(socketPath: flag) }
        if let env = environment["DOPPEL_SOCKET"], !env.isEmpty { return SocketLocation(socketPath: env) }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            return SocketLocation(socketPath: join(runtime, "doppel/doppel.sock"))
        }
        let tmp = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return SocketLocation(socketPath: join(tmp, "doppel-\(uid)/doppel.sock"))
    }

    /// The directory holding the socket (created 0700 by the daemon).
    public var directory: String {
        guard let slash = socketPath.lastIndex(of: "/") else { return "." }
        let dir = socketPath[..<slash]
        return dir.isEmpty ? "/" : String(dir)
    }

    /// The lock file beside the socket; its `flock` holder is the one daemon for this socket.
    public var lockPath: String { socketPath + ".lock" }

    /// A message naming the problem if the path cannot fit in `sun_path`, else nil.
    public var lengthProblem: String? {
        let n = socketPath.utf8.count
        if n == 0 { return "socket path is empty" }
        if n > Self.maxPathBytes {
            return "socket path is \(n) bytes, longer than the \(Self.maxPathBytes) a Unix socket allows: \(socketPath)"
                + " (use --socket or DOPPEL_SOCKET with a shorter path)"
        }
        return nil
    }

    private static func join(_ dir: String, _ rest: String) -> String {
        dir.hasSuffix("/") ? dir + rest : dir + "/" + rest
    }
}
