import DoppelJSON
import DoppelProtocol
import DoppelText
import DoppelEngine

extension Connection {
    /// 1002 `OVERLOADED` for a request arriving while too many bytes wait for
    /// clients that do not read: this client's own bound refuses every method
    /// (it is not reading its replies); the daemon-wide total refuses work that
    /// runs as a task (its reply may be large), while cheap inline methods
    /// still answer everyone. A client past its own bound while the total is
    /// exceeded too is disconnected. nil: run it.
    func admission(_ method: DaemonMethod) -> RPCError? {
        let queued = queuedOutboundBytes
        if queued > limits.connectionBytes, daemon.outboundBudget.isOver {
            // Not reading, past its own bound, while the daemon as a whole is
            // short of room: even its small refusals would grow the total.
            if outbound.abandon() {
                daemon.services.log.warning("connection \(number) dropped: \(queued) bytes of replies unread"
                    + " while clients together hold more than \(limits.totalBytes)")
            }
            return Self.overloaded("this client is disconnected: it does not read its replies")  // dropped unsent
        }
        if queued > limits.connectionBytes {
            return Self.overloaded("this client has \(queued) bytes of replies it has not read"
                + " (the bound is \(limits.connectionBytes)): read them, then retry")
        }
        if case .task = method.handler, daemon.outboundBudget.isOver {
            return Self.overloaded("clients that do not read hold \(daemon.outboundBudget.queuedBytes) bytes of replies"
                + " (the daemon's bound is \(limits.totalBytes)): retry later")
        }
        return nil
    }

    static func overloaded(_ reason: String) -> RPCError {
        RPCError(code: .overloaded, message: "the daemon is busy: \(reason)",
                 extra: JSONObject([("retryAfter", .int(Int64(OutboundLimits.retryAfterSeconds)))]))
    }
}
