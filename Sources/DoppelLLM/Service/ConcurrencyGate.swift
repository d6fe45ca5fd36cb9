/// At most `limit` holders at once; the rest wait in order (FIFO).
///
/// Local model servers answer one request at a time: a second request sent
/// meanwhile waits in the server's queue with its own timeout running, and
/// times out behind a slow first one. Waiting here instead starts each
/// request's clock only when the server can take it.
actor ConcurrencyGate {
    let limit: Int
    private var holders = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    /// Waits for a place.
    func enter() async {
        if holders < limit {
            holders += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives the place to the next waiter, or frees it.
    func leave() {
        if waiting.isEmpty {
            holders -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Requests waiting for a place.
    var queued: Int { waiting.count }
}
