/// Bytes queued for clients across the whole daemon, against one bound
/// (`--max-queued-bytes`): what keeps many clients that do not read from
/// taking the daemon's memory together, when each stays within its own bound.
final class OutboundBudget: Sendable {
    let limit: Int
    private let total = Locked(0)

    init(limit: Int) { self.limit = limit }

    var queuedBytes: Int { total.current }

    var isOver: Bool { total.current > limit }

    /// `delta` bytes were queued (positive) or left for a client (negative).
    func add(_ delta: Int) { total.withLock { $0 += delta } }
}
