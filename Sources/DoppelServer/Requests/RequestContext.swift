import DoppelJSON
import DoppelProtocol

/// Where a request's notifications go: its connection.
protocol RequestChannel: AnyObject, Sendable {
    func sendNotification(method: String, params: JSON)
    /// False while a stream must pause: too much waits for this client (or for all clients, and this one is behind).
    var hasStreamRoom: Bool { get }
    /// Blocks until `hasStreamRoom`, the connection closes, or `isCancelled()`.
    func waitForStreamRoom(isCancelled: () -> Bool)
}

/// Everything a method handler gets: the params, cancellation, progress and
/// chunk senders, the daemon's shared services and its worker pool.
public final class RequestContext: Sendable {
    public let id: RPCID
    public let method: String
    public let params: Params
    public let services: DaemonServices
    public let cancellation: CancellationToken
    /// True when the client asked for `"stream": true`: results may go out as `$/chunk` notifications.
    public let streaming: Bool
    private let channel: any RequestChannel
    private let notifications = Locked(NotificationState())

    private struct NotificationState {
        var nextSeq = 0
        var lastProgressNanos: UInt64 = 0
        var afterReply: [@Sendable () -> Void] = []
        var warnings: [String] = []
    }

    /// A chunk waits while more than this is queued for a slow client, so a
    /// stream never piles up unbounded memory.
    static let outboundHighWater = OutboundLimits.streamHighWater
    /// Progress notifications closer together than this are dropped (the last, done == total, never is).
    static let progressIntervalNanos: UInt64 = 100_000_000

    init(id: RPCID, method: String, params: JSON?, services: DaemonServices, cancellation: CancellationToken,
         channel: any RequestChannel) {
        self.id = id
        self.method = method
        self.params = Params(params)
        self.services = services
        self.cancellation = cancellation
        self.streaming = params?["stream"]?.boolValue ?? false
        self.channel = channel
    }

    /// True once the request is cancelled; long loops poll this (or `checkCancellation`).
    public var isCancelled: Bool { cancellation.isCancelled || Task.isCancelled }

    /// Throws `RequestCancelled` (answered with −32800) if the request is cancelled.
    public func checkCancellation() throws {
        if isCancelled { throw RequestCancelled() }
    }

    /// Sends `$/progress {id, done, total, message}`, at most ten a second.
    public func progress(done: Int, total: Int?, message: String? = nil) {
        let now = services.clock()
        let final = total.map { done >= $0 } ?? false
        let send = notifications.withLock { state -> Bool in
            guard final || state.lastProgressNanos == 0 || now &- state.lastProgressNanos >= Self.progressIntervalNanos
            else { return false }
            state.lastProgressNanos = max(now, 1)
            return true
        }
        guard send else { return }
        channel.sendNotification(method: MethodName.progress,
                                 params: ProgressParams(id: id, done: done, total: total, message: message).json)
    }

    /// Sends `$/chunk {id, seq, items}`, numbering chunks from 0; waits (holding
    /// no thread) while the client is behind by more than `outboundHighWater` bytes.
    public func chunk(items: [JSON]) async throws {
        while !channel.hasStreamRoom {
            try checkCancellation()
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        try checkCancellation()
        sendChunk(items)
    }

    /// Sends `$/seed {id, seed}`: the seed a request without one was answered with.
    public func announce(seed: UInt64) {
        channel.sendNotification(method: MethodName.seed, params: SeedParams(id: id, seed: Int64(bitPattern: seed)).json)
    }

    /// `chunk(items:)` for code already running on a worker (inside `compute`).
    ///
    /// While the client is behind, the job pauses *without holding a worker*:
    /// the pool runs other jobs in its place, and the job takes a worker again
    /// when the client has caught up. Throws `OVERLOADED` when too many jobs
    /// already pause (see `WorkerPool.paused`).
    public func chunkBlocking(items: [JSON]) throws {
        if !channel.hasStreamRoom {
            try services.workers.paused {
                channel.waitForStreamRoom(isCancelled: { self.isCancelled })
            }
        }
        try checkCancellation()
        sendChunk(items)
    }

    private func sendChunk(_ items: [JSON]) {
        let seq = notifications.withLock { state -> Int in
            defer { state.nextSeq += 1 }
            return state.nextSeq
        }
        channel.sendNotification(method: MethodName.chunk, params: ChunkParams(id: id, seq: seq, items: items).json)
    }

    /// Adds a warning to the response's envelope-level `warnings` (beside
    /// `result`), for methods whose result has a fixed shape: the text methods
    /// say there which items the built-in engine wrote instead of the model.
    public func warn(_ warning: String) {
        notifications.withLock { $0.warnings.append(warning) }
    }

    /// The warnings added so far, in order.
    public var warnings: [String] { notifications.withLock { $0.warnings } }

    /// Runs `action` once the reply has been handed to the socket (e.g. `shutdown`
    /// begins the drain only after its client has its answer).
    public func afterReply(_ action: @escaping @Sendable () -> Void) {
        notifications.withLock { $0.afterReply.append(action) }
    }

    func runAfterReply() {
        let actions = notifications.withLock { state -> [@Sendable () -> Void] in
            defer { state.afterReply = [] }
            return state.afterReply
        }
        for action in actions { action() }
    }

    /// Runs CPU-heavy `work` on the daemon's bounded worker pool, off every I/O
    /// thread. `work` should poll `isCancelled`; if the request is cancelled
    /// before a worker picks the job up, it never runs.
    public func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try checkCancellation()
        return try await services.workers.run(cancellation: cancellation, work)
    }
}
