import Glibc

extension FileDescriptor {
    /// A connected pair of Unix stream sockets, both close-on-exec: the
    /// daemon keeps one end and hands the other to a worker it spawns
    /// (`Spawner.spawn(inherit:)` places it at a fixed number in the child).
    public static func socketPair() throws -> (FileDescriptor, FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        // Close-on-exec from birth: another thread spawning at the same moment must not inherit an end,
        // or the daemon would never see end-of-file when this pair's worker dies.
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &fds) == 0 else { throw SystemError("socketpair") }
        return (FileDescriptor(rawValue: fds[0]), FileDescriptor(rawValue: fds[1]))
    }
}
