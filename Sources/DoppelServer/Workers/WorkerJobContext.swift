import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// A job's view of its request inside a worker process: progress and chunks
/// go to the daemon through the worker's socket. The daemon stops a cancelled
/// job by killing its worker, so the job never polls for cancellation here.
final class WorkerJobContext: JobContext, @unchecked Sendable {
    // `lastProgress` and `faultPending` are touched only by the job's writer
    // thread: the engine reports progress and chunks from one thread.
    private let channel: WorkerChannel
    private var lastProgress: UInt64 = 0
    private var faultPending: WorkerFault?

    init(channel: WorkerChannel, fault: WorkerFault?) {
        self.channel = channel
        self.faultPending = fault
    }

    var isCancelled: Bool { false }
    func checkCancellation() throws {}

    func progress(done: Int, total: Int?, message: String?) {
        if done > 0, faultPending == .trap { Self.trap() }
        let now = MonotonicClock.nanoseconds()
        let final = total.map { done >= $0 } ?? false
        guard final || lastProgress == 0 || now &- lastProgress >= RequestContext.progressIntervalNanos else { return }
        lastProgress = max(now, 1)
        var o = JSONObject()
        o.appendUnique("done", .int(Int64(done)))
        o.appendUnique("total", total.map { .int(Int64($0)) } ?? .null)
        if let message { o.appendUnique("message", .string(message)) }
        // The daemon is gone (killed): nobody will take these files, so stop now rather than finish the job.
        // The staged files stay behind under this pid; the next write of the same file removes them.
        do { try channel.notify(MethodName.progress, .object(o)) } catch { CurrentProcess.exitImmediately(0) }
    }

    func chunkBlocking(items: [JSON]) throws {
        if faultPending == .trap { Self.trap() }
        // Blocks while the daemon is not reading: its stream backpressure reaches the engine through the socket.
        try channel.notify(MethodName.chunk, ["items": .array(items)])
    }

    /// A real trap (not `exit`): what an index out of range or an overflow does.
    private static func trap() -> Never {
        let values: [Int] = []
        _ = values[Int(MonotonicClock.nanoseconds() % 2) + 1]
        fatalError("unreachable: the index above is out of range")
    }
}
