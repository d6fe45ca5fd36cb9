import DoppelProtocol
import DoppelText
import DoppelEngine

/// A task-run request between its arrival and its reply.
///
/// Exactly one reply goes out: whoever claims it first (the handler finishing,
/// or a cancellation answering −32800 at once) sends it.
final class InFlightRequest: Sendable {
    let id: RPCID
    let method: String
    let startedNanos: UInt64
    let cancellation = CancellationToken()
    private let state = Locked(State())

    private struct State {
        var replied = false
        var task: Task<Void, Never>?
    }

    init(id: RPCID, method: String, startedNanos: UInt64) {
        self.id = id
        self.method = method
        self.startedNanos = startedNanos
    }

    func attach(_ task: Task<Void, Never>) {
        state.withLock { $0.task = task }
    }

    /// True for the one caller that gets to send the reply.
    func claimReply() -> Bool {
        state.withLock { s in
            if s.replied { return false }
            s.replied = true
            return true
        }
    }

    /// Cancels the token and the task; the handler sees it at its next poll.
    func cancel() {
        cancellation.cancel()
        state.withLock { $0.task }?.cancel()
    }
}
