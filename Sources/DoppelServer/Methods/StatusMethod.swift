import DoppelJSON
import DoppelProtocol
import Foundation
import DoppelText

extension DaemonMethod {
    /// `status` → identity, uptime, idle deadline, connections, requests and
    /// errors by method with latency percentiles, workers, then every
    /// registered contributor's section and `caches`.
    public static let status = DaemonMethod("status", summary: "Daemon figures: uptime, connections, requests, latency, caches", inline: { request in
        try request.params.rejectUnknown(allowed: [])
        return request.services.statusReport()
    })
}

extension DaemonServices {
    /// The `status` result, assembled from the daemon's own figures and the status board.
    func statusReport() -> JSON {
        let now = clock()
        let life = daemon?.lifecycleFigures()
        let (totals, methods) = statistics.snapshot()
        var requests = totals
        requests["inFlight"] = .int(life?.inFlight ?? 0)

        var o = JSONObject()
        o.appendUnique("version", .string(identity.version))
        o.appendUnique("protocol", .string(ProtocolVersion.current.description))
        o.appendUnique("build", .string(identity.build))
        o.appendUnique("pid", .int(identity.pid))
        o.appendUnique("socket", .string(socketPath))
        o.appendUnique("state", .string(life?.state ?? "running"))
        o.appendUnique("startedAt", .string(Timestamp.iso8601(identity.startedAt)))
        o.appendUnique("uptimeSeconds", .double((Double(now &- identity.startedNanos) / 1e6).rounded() / 1e3))
        o.appendUnique("idleTimeoutSeconds", .double(configuration.idleTimeoutSeconds))
        if let deadline = life?.idleDeadline {
            let remaining = Double(deadline > now ? deadline - now : 0) / 1e9
            o.appendUnique("idleDeadline", .string(Timestamp.iso8601(Date().addingTimeInterval(remaining))))
        } else {
            o.appendUnique("idleDeadline", .null)
        }
        o.appendUnique("connections", ["open": .int(life?.openConnections ?? 0),
                                       "total": .int(life?.totalConnections ?? 0)])
        o.appendUnique("requests", .object(requests))
        o.appendUnique("methods", .object(methods))
        var workerFigures = workers.figures.objectValue ?? JSONObject()
        for (key, value) in workerProcesses.figures { workerFigures.appendUnique(key, value) }
        o.appendUnique("workers", .object(workerFigures))
        let contributed = status.gather()
        for (name, figures) in contributed.sections where o[name] == nil { o.appendUnique(name, figures) }
        o.appendUnique("caches", .object(contributed.caches))
        return .object(o)
    }
}
