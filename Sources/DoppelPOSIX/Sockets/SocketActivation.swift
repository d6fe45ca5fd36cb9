import Glibc

/// systemd socket activation (sd_listen_fds(3)): the listening socket a
/// service manager opened and passed as descriptor 3, so the first client's
/// connect starts the daemon.
public enum SocketActivation {
    /// The first descriptor passed with `LISTEN_FDS`.
    static let firstDescriptor: Int32 = 3

    /// The inherited listening socket when `LISTEN_PID` names this process and
    /// `LISTEN_FDS` is at least 1, and descriptor 3 is a socket; otherwise nil.
    /// Clears the variables, so processes the daemon starts do not take them
    /// as their own, and marks the descriptor close-on-exec.
    public static func inheritedListener(environment: [String: String]) -> FileDescriptor? {
        guard let pid = environment["LISTEN_PID"].flatMap({ Int32($0) }), pid == getpid(),
              let count = environment["LISTEN_FDS"].flatMap({ Int($0) }), count >= 1 else { return nil }
        unsetenv("LISTEN_PID")
        unsetenv("LISTEN_FDS")
        unsetenv("LISTEN_FDNAMES")
        var status = stat()
        guard fstat(firstDescriptor, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK else { return nil }
        _ = fcntl(firstDescriptor, F_SETFD, FD_CLOEXEC)
        return FileDescriptor(rawValue: firstDescriptor)
    }
}
