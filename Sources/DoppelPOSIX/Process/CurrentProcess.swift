import Glibc

/// Facts about, and actions on, the running process.
public enum CurrentProcess {
    public static var pid: Int32 { getpid() }
    public static var uid: UInt32 { getuid() }

    /// The absolute path of the running executable (`/proc/self/exe`).
    public static var executablePath: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Leaves the process's session and controlling terminal, so a detached
    /// daemon survives the terminal that started it.
    public static func startNewSession() { _ = setsid() }

    /// Ends the process now, without running exit handlers or flushing stdio:
    /// the watchdog's way out when a graceful exit is stuck.
    public static func exitImmediately(_ code: Int32) -> Never { _exit(code) }

    /// Flushes stdio and exits.
    public static func exit(_ code: Int32) -> Never { Glibc.exit(code) }

    /// Sends `signal` to `pid`; false if no such process (or not ours).
    @discardableResult
    public static func send(signal: Int32, to pid: Int32) -> Bool { kill(pid, signal) == 0 }

    /// True while a process with `pid` exists.
    public static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    public static func sleep(milliseconds: Int) { usleep(useconds_t(max(0, milliseconds) * 1000)) }
}

/// A monotonic clock in nanoseconds, for latencies and deadlines (never goes back).
public enum MonotonicClock {
    public static func nanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

extension CurrentProcess {
    /// Closes every descriptor from 3 up except `keep`.
    ///
    /// A daemon started in the background must not hold pipes its starter's
    /// own parent left open without close-on-exec: whoever waits for those
    /// pipes to reach end-of-file would wait for the daemon's whole life.
    public static func closeInheritedDescriptors(except keep: Set<Int32>) {
        guard let dir = opendir("/proc/self/fd") else { return }
        let own = dirfd(dir)
        var open: [Int32] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let fd = Int32(name), fd >= 3, fd != own, !keep.contains(fd) { open.append(fd) }
        }
        closedir(dir)
        for fd in open { Glibc.close(fd) }
    }
}
