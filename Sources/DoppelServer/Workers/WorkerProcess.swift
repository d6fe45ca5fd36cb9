import DoppelJSON
import DoppelLLM
import DoppelPOSIX

/// One worker process as the daemon sees it: its pid and the daemon's end of its socket.
final class WorkerProcess: Sendable {
    let pid: Int32
    let channel: WorkerChannel
    /// When it was spawned (monotonic nanoseconds), to time its start-up.
    let spawnedAt: UInt64

    private init(pid: Int32, channel: WorkerChannel, spawnedAt: UInt64) {
        self.pid = pid
        self.channel = channel
        self.spawnedAt = spawnedAt
    }

    /// Starts `executable --worker-fd 3 [--worker-memory-mb N]` with the other
    /// end of a new socket pair at descriptor 3 and the daemon's standard error
    /// (its log) as its own. The API key variables stay behind: a worker never calls a model.
    static func spawn(executable: String, memoryLimitMB: Int?) throws -> WorkerProcess {
        let (mine, theirs) = try FileDescriptor.socketPair()
        defer { theirs.close() }
        var arguments = ["--worker-fd", "3"]
        if let mb = memoryLimitMB { arguments += ["--worker-memory-mb", String(mb)] }
        let started = MonotonicClock.nanoseconds()
        do {
            let pid = try Spawner.spawn(executable: executable, arguments: arguments,
                                        removing: Set(LLMConfiguration.keyVariables), stderr: .descriptor(.standardError),
                                        inherit: [(theirs, 3)])
            return WorkerProcess(pid: pid, channel: WorkerChannel(mine), spawnedAt: started)
        } catch {
            mine.close()
            throw error
        }
    }

    /// True once the process has ended (it is reaped then).
    var hasExited: Bool { Spawner.wait(pid, timeoutMilliseconds: 0) != .stillRunning }

    /// SIGKILL: what cancellation does; a worker holds nothing that needs a graceful end.
    func kill() { CurrentProcess.send(signal: Signals.kill, to: pid) }

    /// Waits for the process to end (killing it if it has not within 5 s) and reports how.
    func reap() -> Spawner.Exit {
        let exit = Spawner.wait(pid, timeoutMilliseconds: 5_000)
        guard exit == .stillRunning else { return exit }
        kill()
        return Spawner.wait(pid, timeoutMilliseconds: -1)
    }
}
