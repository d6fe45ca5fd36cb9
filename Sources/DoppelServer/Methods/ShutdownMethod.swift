import DoppelJSON

extension DaemonMethod {
    /// `shutdown` → `{"ok": true, "inFlight": N}`, then the same drain as SIGTERM:
    /// the listener closes, requests in flight get up to the drain timeout, the process exits 0.
    public static let shutdown = DaemonMethod(
        "shutdown", summary: "Stop the daemon after requests in flight finish", inline: { request in
            try request.params.rejectUnknown(allowed: [])
            let inFlight = request.services.daemon?.lifecycleFigures().inFlight ?? 0
            let services = request.services
            request.afterReply { services.daemon?.requestShutdown(reason: "shutdown request") }
            return ["ok": true, "inFlight": .int(inFlight)]
        })
}
