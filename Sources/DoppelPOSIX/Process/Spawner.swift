import Glibc

/// Starts child processes with `posix_spawn` (never `fork` in a threaded process).
public enum Spawner {
    /// Where a child's standard stream goes.
    public enum Stream: Sendable {
        case devNull
        case descriptor(FileDescriptor)
    }

    /// Starts `executable` with `arguments` (not including argv[0]) and the
    /// current environment less the variables named in `removing`, plus `environment` overrides.
    ///
    /// - Parameters:
    ///   - inherit: descriptors the child receives at exactly the given numbers
    ///     (≥ 3); everything else Doppel opens is close-on-exec and stays behind.
    /// - Returns: the child's pid.
    public static func spawn(executable: String, arguments: [String], environment: [String: String] = [:],
                             removing: Set<String> = [],
                             stdin: Stream = .devNull, stdout: Stream = .devNull, stderr: Stream = .devNull,
                             inherit: [(FileDescriptor, Int32)] = []) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }

        // Move inherited descriptors out of the way first, so placing one at
        // its target number cannot clobber another still to be placed.
        var staged: [(FileDescriptor, Int32)] = []
        defer { for (fd, _) in staged { fd.close() } }
        for (fd, target) in inherit { staged.append((try fd.duplicate(atLeast: 100), target)) }
        for (fd, target) in staged { posix_spawn_file_actions_adddup2(&actions, fd.rawValue, target) }

        for (stream, target) in [(stdin, Int32(0)), (stdout, 1), (stderr, 2)] {
            switch stream {
            case .devNull:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case let .descriptor(fd):
                posix_spawn_file_actions_adddup2(&actions, fd.rawValue, target)
            }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default dispositions and an empty mask, whatever
        // this process ignores or blocks.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGPIPE, SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaults, s) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var merged: [String: String] = [:]
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                merged[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            index += 1
        }
        for name in removing { merged[name] = nil }
        for (k, v) in environment { merged[k] = v }

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") }
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = (argv + [nil]).withUnsafeBufferPointer { argvPointer in
            (envp + [nil]).withUnsafeBufferPointer { envPointer in
                posix_spawn(&pid, executable, &actions, &attributes,
                            UnsafeMutablePointer(mutating: argvPointer.baseAddress!),
                            UnsafeMutablePointer(mutating: envPointer.baseAddress!))
            }
        }
        guard rc == 0 else { throw SystemError("posix_spawn", errno: rc, subject: executable) }
        return pid
    }

    /// The outcome of waiting for a child.
    public enum Exit: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        case stillRunning
    }

    /// Reaps `pid`, waiting at most `timeoutMilliseconds` (−1: for ever).
    public static func wait(_ pid: Int32, timeoutMilliseconds: Int) -> Exit {
        let deadline = MonotonicClock.nanoseconds() + UInt64(max(0, timeoutMilliseconds)) * 1_000_000
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, timeoutMilliseconds < 0 ? 0 : WNOHANG)
            if r == pid {
                let signal = status & 0x7f
                if signal == 0 { return .exited((status >> 8) & 0xff) }
                return .signalled(signal)
            }
            if r < 0 && errno != EINTR { return .exited(-1) }
            if timeoutMilliseconds >= 0 && MonotonicClock.nanoseconds() >= deadline { return .stillRunning }
            if r == 0 { usleep(2_000) }
        }
    }
}
