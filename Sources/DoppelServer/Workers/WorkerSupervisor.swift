import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// Runs engine jobs in worker processes, so a fault in the engine costs one
/// request instead of the daemon (PostgreSQL's postmaster and its backends).
///
/// A job runs on a `WorkerPool` slot (`RequestContext.compute`), which bounds
/// the workers busy at once by `--workers` and queues the rest. The supervisor
/// takes a warm worker (or starts one), sends it the job, and relays its
/// `$/progress` and `$/chunk` to the request until the reply. Cancellation
/// (`$/cancel`, a client going away, the drain deadline) kills the worker. A
/// worker that dies before replying becomes `ENGINE_CRASHED`: its staged files
/// are removed and the job is saved for `job.replay`. A worker that answered
/// goes back to the warm set (at most `maxIdle`), so small requests do not
/// pay a process start.
final class WorkerSupervisor: Sendable {
    struct Settings: Sendable {
        /// The `doppeld` to re-execute; nil runs jobs in this process (in-process tests, no containment).
        var executable: String?
        var memoryLimitMB: Int?
        var maxIdle: Int
        /// Where the jobs of crashed workers are saved.
        var crashDirectory: String
    }

    let settings: Settings
    let log: Logger
    private let state = Locked(Figures())

    private struct Figures {
        var idle: [WorkerProcess] = []
        /// Workers running a job, by pid.
        var busy: Set<Int32> = []
        var started = 0
        var crashes = 0
        var lastStartupNanos: UInt64?
    }

    init(settings: Settings, log: Logger) {
        self.settings = settings
        self.log = log
    }

    /// Runs `job` for `context` in a worker (or here without an executable) and returns its result.
    ///
    /// - Important: call on a `WorkerPool` slot (inside `compute`): it blocks until the job ends.
    /// - Throws: the job's own errors; `RequestCancelled`; `ENGINE_CRASHED` (−32603) when the worker died.
    func run(_ job: WorkerJob, fault: WorkerFault? = nil, context: RequestContext) throws -> WorkerJob.Result {
        guard let executable = settings.executable else {
            if fault != nil { throw RequestError.invalidParams("Faults are injected only into worker processes; this daemon runs jobs in-process") }
            return try job.run(context: context)
        }
        let worker = try checkOut(executable)
        let watch = WorkerWatch(worker)
        context.cancellation.onCancel { watch.cancel() }
        let reply: JSON
        do {
            reply = try exchange(job, fault: fault, with: worker, for: context, watch: watch)
        } catch {
            // The worker is unusable from here: it died, was killed, or must stop because its request failed.
            let cancelled = watch.end()
            // At end-of-file the worker has exited (or is exiting): reaping reads how, and a kill would mask it.
            if !(error is WorkerChannel.Closed) { worker.kill() }
            let exit = worker.reap()
            worker.channel.close()
            release(worker)
            let removed = job.outputDirectory.map { StagedFile.removeTemporaries(in: $0, ofProcess: worker.pid) } ?? []
            if cancelled || context.isCancelled { throw RequestCancelled() }
            if let failure = error as? RelayFailure { throw failure.error }
            throw crashed(job, worker: worker, exit: exit, removed: removed.count)
        }
        checkIn(worker)
        if let error = reply["error"] { throw Self.requestError(error) }
        return try WorkerJob.Result(json: reply["result"] ?? .null, for: job)
    }

    /// An error of the request's side (its client), not of the worker, met while relaying.
    private struct RelayFailure: Error { let error: Error }

    /// Sends the job and relays the worker's messages until its reply, which it returns.
    /// - Throws: `RelayFailure` for the request's own errors; anything else means the worker failed.
    private func exchange(_ job: WorkerJob, fault: WorkerFault?, with worker: WorkerProcess, for context: RequestContext,
                          watch: WorkerWatch) throws -> JSON {
        var run = JSONObject()
        run.appendUnique("job", job.json)
        if let fault { run.appendUnique("fault", .string(fault.rawValue)) }
        try worker.channel.send(["jsonrpc": "2.0", "id": 1, "method": "run", "params": .object(run)])
        while true {
            guard let message = try worker.channel.receive(timeoutMilliseconds: 250) else {
                // Cancellation kills the worker at once (`onCancel`); this catches a token that missed it.
                if context.isCancelled { watch.cancel() }
                continue
            }
            guard let method = message["method"]?.stringValue else {
                guard watch.finish() else { throw WorkerChannel.Closed() }
                return message
            }
            do { try relay(method, message["params"] ?? .null, from: worker, to: context) } catch {
                throw RelayFailure(error: error)
            }
        }
    }

    /// Progress and chunks from the worker, passed on to the request.
    private func relay(_ method: String, _ params: JSON, from worker: WorkerProcess, to context: RequestContext) throws {
        switch method {
        case MethodName.progress:
            context.progress(done: params["done"]?.intValue ?? 0, total: params["total"]?.intValue,
                             message: params["message"]?.stringValue)
        case MethodName.chunk:
            try context.chunkBlocking(items: params["items"]?.arrayValue ?? [])
        case "worker/ready":
            let nanos = MonotonicClock.nanoseconds() &- worker.spawnedAt
            state.withLock { $0.lastStartupNanos = nanos }
        default:
            break
        }
    }

    /// A warm worker, or a new one.
    private func checkOut(_ executable: String) throws -> WorkerProcess {
        while let warm = state.withLock({ f -> WorkerProcess? in
            guard let w = f.idle.popLast() else { return nil }
            f.busy.insert(w.pid)
            return w
        }) {
            if !warm.hasExited { return warm }
            warm.channel.close()
            release(warm)
        }
        let worker = try WorkerProcess.spawn(executable: executable, memoryLimitMB: settings.memoryLimitMB)
        state.withLock {
            $0.busy.insert(worker.pid)
            $0.started += 1
        }
        return worker
    }

    /// A worker that answered: kept warm, or ended when enough are.
    private func checkIn(_ worker: WorkerProcess) {
        let kept = state.withLock { f -> Bool in
            f.busy.remove(worker.pid)
            guard f.idle.count < settings.maxIdle else { return false }
            f.idle.append(worker)
            return true
        }
        if !kept {
            worker.channel.close()  // the worker exits at end-of-file
            _ = worker.reap()
        }
    }

    private func release(_ worker: WorkerProcess) { state.withLock { _ = $0.busy.remove(worker.pid) } }

    func countCrash() { state.withLock { $0.crashes += 1 } }

    /// `status.workers`' process figures.
    var figures: JSONObject {
        state.withLock { f in
            var o = JSONObject()
            o.appendUnique("processes", .bool(settings.executable != nil))
            o.appendUnique("running", .int(Int64(f.busy.count + f.idle.count)))
            o.appendUnique("warm", .int(Int64(f.idle.count)))
            o.appendUnique("jobPids", .array(f.busy.sorted().map { .int(Int64($0)) }))
            o.appendUnique("started", .int(Int64(f.started)))
            o.appendUnique("crashes", .int(Int64(f.crashes)))
            o.appendUnique("startupMs", f.lastStartupNanos.map { .double((Double($0) / 1e3).rounded() / 1e3) } ?? .null)
            o.appendUnique("memoryLimitMB", settings.memoryLimitMB.map { .int(Int64($0)) } ?? .null)
            return o
        }
    }

    static func requestError(_ error: JSON) -> Error {
        let code = error["code"]?.intValue ?? -32603
        if code == RPCErrorCode.requestCancelled.rawValue { return RequestCancelled() }
        var extra = error["data"]?.objectValue ?? JSONObject()
        let kind = extra["kind"]?.stringValue ?? "INTERNAL"
        extra["kind"] = nil
        return RequestError(code: code, kind: kind, message: error["message"]?.stringValue ?? "the worker failed", extra: extra)
    }
}
