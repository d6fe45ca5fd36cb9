import DoppelPOSIX
import DoppelProtocol

/// Finds and starts `doppeld` in the background.
public enum DaemonLauncher {
    /// How long a start may take before the client gives up.
    public static let readinessTimeoutMilliseconds = 10_000

    /// `doppeld` next to the running executable, else the first on `$PATH`.
    public static func locateDaemonExecutable(environment: [String: String]) -> String? {
        if let own = CurrentProcess.executablePath, let slash = own.lastIndex(of: "/") {
            let sibling = String(own[..<slash]) + "/doppeld"
            if FileSystem.isExecutableFile(sibling) { return sibling }
        }
        return FileSystem.findOnPath("doppeld", path: environment["PATH"])
    }

    /// What a start attempt found.
    public enum StartOutcome: Sendable, Equatable {
        /// This start's daemon listens.
        case started
        /// Another daemon holds the socket's lock (it is starting, running or
        /// draining); the daemon's message says which lock.
        case lockHeldByAnother(String)
    }

    /// Runs `doppeld --detach --socket PATH`, which returns once the daemon
    /// listens (or says why it cannot); waits at most 10 s for that verdict.
    ///
    /// - Throws: `ClientError.daemonUnavailable` with the daemon's own message.
    @discardableResult
    public static func start(executable: String, socketPath: String, extraArguments: [String] = []) throws -> StartOutcome {
        let (readEnd, writeEnd) = try FileDescriptor.pipe()
        let pid: Int32
        do {
            pid = try Spawner.spawn(executable: executable,
                                    arguments: ["--detach", "--socket", socketPath] + extraArguments,
                                    stderr: .descriptor(writeEnd))
        } catch {
            readEnd.close()
            writeEnd.close()
            throw ClientError.daemonUnavailable("cannot start \(executable): \(error)")
        }
        writeEnd.close()
        defer { readEnd.close() }
        let messages = readAll(readEnd, timeoutMilliseconds: readinessTimeoutMilliseconds)
        switch Spawner.wait(pid, timeoutMilliseconds: 1_000) {
        case .exited(0):
            return .started
        case .exited(DaemonExitStatus.lockHeld):
            return .lockHeldByAnother(trimmed(messages))
        case .stillRunning:
            CurrentProcess.send(signal: Signals.kill, to: pid)
            _ = Spawner.wait(pid, timeoutMilliseconds: 1_000)
            throw ClientError.daemonUnavailable("doppeld did not become ready within 10 s (\(executable))")
        default:
            let text = trimmed(messages)
            throw ClientError.daemonUnavailable(text.isEmpty ? "doppeld failed to start (\(executable))" : text)
        }
    }

    /// Everything written to `fd` until it closes or the time runs out.
    private static func readAll(_ fd: FileDescriptor, timeoutMilliseconds: Int) -> String {
        let deadline = MonotonicClock.nanoseconds() + UInt64(timeoutMilliseconds) * 1_000_000
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let now = MonotonicClock.nanoseconds()
            guard now < deadline else { break }
            let ms = Int32(clamping: (deadline - now) / 1_000_000 + 1)
            guard (try? fd.waitReadable(timeoutMilliseconds: ms)) == true else { break }
            let n = (try? chunk.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// `text` without leading and trailing whitespace.
func trimmed(_ text: String) -> String {
    var s = Substring(text)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
}
