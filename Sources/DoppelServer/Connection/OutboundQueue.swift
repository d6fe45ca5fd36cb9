import DoppelPOSIX
import Foundation

/// Bytes on their way to one client, written without ever blocking the
/// thread that produced them: `OutboundStateMachine` under a lock, and the
/// one loop that performs its actions on the socket.
///
/// The producing thread writes directly while the socket takes the bytes (the
/// common case, with no copy and no thread hop); once the client stops
/// reading, the rest waits here and a flusher thread for this connection sends
/// it when the socket drains. A stalled client therefore costs memory —
/// bounded by `OutboundLimits` — never another client's time.
///
/// `@unchecked Sendable`: `machine` is only touched under `condition`; the
/// machine lets one writer at a time near the socket and says when the
/// descriptor may be closed, so its number is never reused under a writer.
final class OutboundQueue: @unchecked Sendable {
    private let socket: OutboundSocket
    private let budget: OutboundBudget
    private let condition = NSCondition()
    private var machine: OutboundStateMachine

    /// - Parameters:
    ///   - hardLimit: a client this many bytes behind is dropped.
    ///   - budget: the daemon-wide count this queue adds its bytes to.
    init(socket: OutboundSocket, hardLimit: Int, budget: OutboundBudget) {
        self.socket = socket
        self.budget = budget
        machine = OutboundStateMachine(hardLimit: hardLimit)
    }

    /// Bytes waiting for this client.
    var queuedBytes: Int { locked { $0.queuedBytes } }

    /// Queues `bytes` (one or more whole frames) and sends what the socket takes now.
    func send(_ bytes: UnsafeRawBufferPointer) {
        switch locked({ $0.send(bytes) }) {
        case .queued, .dropped:
            return
        case .overflowed:
            socket.shutdown()  // its reader wakes, sees the end and closes the connection
        case .writeDirectly:
            let outcome = socket.send(bytes)
            drive(locked { $0.directWriteFinished(outcome, bytes: bytes) })
        }
    }

    func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { send($0) }
    }

    /// Stops sending, drops what is queued and closes the descriptor (now, or
    /// when the current writer lets go of it).
    func close() {
        if locked({ $0.close() }) { socket.close() }
    }

    /// Drops the client: frees what waits for it and shuts the socket, so its
    /// reader stops and closes the connection. False if it was already closed.
    func abandon() -> Bool {
        guard locked({ $0.abandon() }) else { return false }
        socket.shutdown()
        return true
    }

    /// Blocks while more than `limit` bytes wait for this client — or the
    /// daemon is over its total and this client is behind at all — until they
    /// drain, the connection closes, or `isCancelled()`.
    func waitForRoom(limit: Int, isCancelled: () -> Bool) {
        condition.lock()
        defer { condition.unlock() }
        while !machine.isClosed, !Self.hasRoom(queued: machine.queuedBytes, limit: limit, budget: budget), !isCancelled() {
            // Timed: cancellation and the daemon-wide total do not signal this condition.
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
        }
    }

    /// Whether a stream may send its next chunk now (see `waitForRoom`).
    func hasRoom(limit: Int) -> Bool {
        Self.hasRoom(queued: queuedBytes, limit: limit, budget: budget)
    }

    private static func hasRoom(queued: Int, limit: Int, budget: OutboundBudget) -> Bool {
        queued <= limit && !(queued > 0 && budget.isOver)
    }

    /// Whether a reply of `size` bytes may be queued: the client is within its
    /// own bound (or has nothing queued), and the daemon is within its total
    /// (or this client has nothing queued).
    func admitsReply(size: Int, connectionLimit: Int) -> Bool {
        let queued = queuedBytes
        if queued == 0 { return true }
        return queued + size <= connectionLimit && !budget.isOver
    }

    // MARK: - The writer

    /// Performs the machine's actions until the writer lets go. The only loop
    /// that writes: the producer enters it after a direct write, a flusher
    /// thread after the socket filled.
    private func drive(_ first: OutboundStateMachine.WriterAction) {
        var action = first
        while true {
            switch action {
            case let .write(batch, offset):
                let outcome = batch.withUnsafeBytes { socket.send(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
                action = locked { $0.writeFinished(outcome) }
            case .startFlusher:
                let thread = Thread { [self] in drive(.waitWritable) }
                thread.name = "doppel-flush"
                thread.start()
                return
            case .waitWritable:
                // Bounded, so a close made meanwhile is seen soon.
                _ = socket.waitWritable(timeoutMilliseconds: 250)
                action = locked { $0.writableWaitEnded() }
            case .finished:
                return
            case let .stop(closeDescriptor):
                if closeDescriptor { socket.close() }
                return
            case let .fail(closeDescriptor):
                // The reader may still be blocked on the descriptor: wake it;
                // the descriptor is closed once it lets go too.
                socket.shutdown()
                if closeDescriptor { socket.close() }
                return
            }
        }
    }

    /// One event on the machine, under the lock; keeps the daemon-wide count
    /// in step and wakes streams waiting for room when bytes left.
    private func locked<T>(_ event: (inout OutboundStateMachine) -> T) -> T {
        condition.lock()
        let before = machine.queuedBytes
        let result = event(&machine)
        let delta = machine.queuedBytes - before
        if delta < 0 || machine.isClosed { condition.broadcast() }
        condition.unlock()
        if delta != 0 { budget.add(delta) }
        return result
    }
}
