import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelPOSIX
import Foundation
import DoppelProtocol

extension WorkerSupervisor {
    /// Code and kind of a worker that died before answering.
    static let crashKind = "ENGINE_CRASHED"

    /// `$XDG_STATE_HOME/doppel/crashed-jobs`, else `$HOME/.local/state/doppel/crashed-jobs`.
    static func defaultCrashDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/doppel/crashed-jobs" }
        return (environment["HOME"] ?? "/tmp") + "/.local/state/doppel/crashed-jobs"
    }

    /// Counts and logs the crash, saves the job, and returns the error the request is answered with:
    /// −32603 with `data` `{"kind": "ENGINE_CRASHED", "signal", "reason", "job_path", "method"}`.
    func crashed(_ job: WorkerJob, worker: WorkerProcess, exit: Spawner.Exit, removed: Int) -> RequestError {
        countCrash()
        var signal: String?
        var reason: String
        switch exit {
        case let .signalled(number):
            signal = Signals.name(of: number)
            reason = "the worker was stopped by \(Signals.name(of: number))"
            if let mb = settings.memoryLimitMB { reason += " (it may have reached its memory limit of \(mb) MiB, --worker-memory-mb)" }
        case let .exited(status):
            reason = "the worker exited with status \(status) before answering"
        case .stillRunning:
            reason = "the worker stopped answering"
        }
        let path = save(job)
        log.error("worker \(worker.pid) died running \(job.method): \(reason); "
            + (path.map { "job saved to \($0)" } ?? "the job could not be saved") + "; \(removed) staged file(s) removed")
        var extra = JSONObject()
        extra.appendUnique("signal", signal.map(JSON.string) ?? .null)
        extra.appendUnique("reason", .string(reason))
        extra.appendUnique("job_path", path.map(JSON.string) ?? .null)
        extra.appendUnique("method", .string(job.method))
        extra.appendUnique("suggestions", .array([
            .string(path.map { "Replay the job with `doppel replay \($0)` to reproduce the crash, and report it with that file" }
                    ?? "Report the crash with the request that caused it"),
        ]))
        return RequestError(code: -32603, kind: Self.crashKind,
                            message: "The engine crashed while running \(job.method): \(reason); other requests were not affected",
                            extra: extra)
    }

    /// Writes the job to the crash directory (0600); nil if it cannot be written.
    private func save(_ job: WorkerJob) -> String? {
        let directory = settings.crashDirectory
        let stamp = Int64(Date().timeIntervalSince1970 * 1000)
        let path = directory + "/job-\(stamp)-\(UInt32.random(in: 0...UInt32.max)).json"
        do {
            try FileSystem.makeDirectories(directory, mode: 0o700)
            try AtomicFile.write(job.json.serializedBytes(pretty: true) + [10], to: path, mode: 0o600)
            return path
        } catch {
            log.error("cannot save a crashed job under \(directory): \(error)")
            return nil
        }
    }
}
