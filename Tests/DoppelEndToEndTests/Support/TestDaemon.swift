import DoppelPOSIX
import Foundation

/// A real `doppeld` on a temporary socket, started in the foreground as a child.
final class TestDaemon {
    let directory: TemporaryDirectory
    let socketPath: String
    let process = Process()
    private let stderrPath: String

    /// Starts `doppeld --socket … --enable-debug-methods --idle-timeout 0 <extra>` and waits until it answers.
    ///
    /// The daemon's environment is this process's without LLM settings or keys
    /// (`DOPPEL_LLM_*`, `OPENAI_API_KEY`), with `XDG_CACHE_HOME`, `XDG_STATE_HOME`
    /// and `XDG_DATA_HOME` inside `directory`, then `environment` on top.
    init(extraArguments: [String] = [], directory: TemporaryDirectory? = nil, socketPath: String? = nil,
         environment: [String: String] = [:]) throws {
        self.directory = try directory ?? TemporaryDirectory()
        self.socketPath = socketPath ?? self.directory.file("d.sock")
        // With --log-file the log (and its "listening" line) goes there instead of standard error.
        if let flag = extraArguments.firstIndex(of: "--log-file"), flag + 1 < extraArguments.count {
            stderrPath = extraArguments[flag + 1]
        } else {
            stderrPath = self.directory.file("daemon-\(UInt16.random(in: 0...UInt16.max)).stderr")
        }
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DOPPEL_LLM_") && $0.key != "OPENAI_API_KEY" }
        env["XDG_CACHE_HOME"] = self.directory.file("cache")
        env["XDG_STATE_HOME"] = self.directory.file("state")
        env["XDG_DATA_HOME"] = self.directory.file("data")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.executableURL = URL(fileURLWithPath: Binaries.daemon)
        process.arguments = ["--socket", self.socketPath, "--enable-debug-methods", "--idle-timeout", "0"] + extraArguments
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Ready once it logs "listening" (after listen()); probing with a
        // connection would show up in the connection counts tests check.
        let up = eventually { !process.isRunning || stderr.contains("listening on") }
        guard up, process.isRunning else {
            throw TestFailure("doppeld did not start: \(stderr)")
        }
    }

    var pid: Int32 { process.processIdentifier }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    func connect() throws -> RawClient { try RawClient(socketPath: socketPath) }

    /// Sends `signal` and waits for the exit; returns the exit status (nil if it did not exit).
    func terminate(signal: Int32 = Signals.terminate, within seconds: Double = 15) -> Int32? {
        CurrentProcess.send(signal: signal, to: pid)
        return waitForExit(within: seconds)
    }

    func waitForExit(within seconds: Double = 15) -> Int32? {
        guard eventually(within: seconds, { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }

    /// True when `pid` is gone or a zombie (`Z`/`X` in /proc/PID/stat), whoever is yet to reap it.
    static func hasExited(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].drop(while: { $0 == " " }).first
        return state == "Z" || state == "X"
    }

    deinit {
        if process.isRunning {
            CurrentProcess.send(signal: Signals.kill, to: pid)
            // Polling, not `waitUntilExit()`: a deinit often runs on a thread of the shared
            // pool, where Foundation's wait spins the run loop and can starve the queue that
            // reaps the child (seen: a zombie daemon and a test run spinning for half an hour).
            // A killed child is a zombie until Foundation reaps it, and that reaping is what a starved queue delays: the
            // zombie counts as gone, so this thread of the pool is back at once (30 s a test had held one of two).
            _ = eventually(within: 30) { !process.isRunning || Self.hasExited(pid) }
        }
        directory.remove()
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
