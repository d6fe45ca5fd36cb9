import DoppelJSON
import DoppelProtocol

extension Command {
    static let status = Command(
        "status", summary: "Show the daemon's figures: uptime, connections, requests, latency, caches",
        flags: [Flag("json", help: "Print the status object as JSON")],
        run: { arguments, context in
            let (client, connection, _) = try context.connect(arguments)
            let status = try connection.call(MethodName.status, timeout: client.options.timeout)
            if arguments.has("json") {
                context.console.out(status.serialized(pretty: true) + "\n")
            } else {
                context.console.out(StatusReport.render(status))
            }
            return .ok
        })
}

/// The human-readable form of a `status` result.
enum StatusReport {
    static func render(_ s: JSON) -> String {
        func text(_ v: JSON?) -> String {
            guard let v else { return "-" }
            if let str = v.stringValue { return str }
            return v.serialized()
        }
        var lines: [String] = []
        lines.append("doppeld \(text(s["version"])) (build \(text(s["build"])), protocol \(text(s["protocol"])))")
        lines.append("pid:         \(text(s["pid"]))")
        lines.append("socket:      \(text(s["socket"]))")
        lines.append("state:       \(text(s["state"])), up \(text(s["uptimeSeconds"])) s since \(text(s["startedAt"]))")
        if let deadline = s["idleDeadline"], !deadline.isNull {
            lines.append("idle exit:   at \(text(deadline))")
        } else {
            lines.append("idle exit:   not scheduled (clients connected or work running, or --idle-timeout 0)")
        }
        let c = s["connections"]
        lines.append("connections: \(text(c?["open"])) open, \(text(c?["total"])) since start")
        let r = s["requests"]
        lines.append("requests:    \(text(r?["total"])) total, \(text(r?["errors"])) errors, "
            + "\(text(r?["cancelled"])) cancelled, \(text(r?["inFlight"])) in flight")
        let w = s["workers"]
        var workers = "workers:     \(text(w?["threads"])) threads, \(text(w?["busy"])) busy, \(text(w?["queued"])) queued"
        // Worker processes (a daemon that runs the engine in them): how many live, and how many died mid-job.
        if w?["processes"] == true {
            workers += "; processes: \(text(w?["running"])) running (\(text(w?["warm"])) warm), \(text(w?["crashes"])) crashed"
        }
        lines.append(workers)
        if let llm = s["llm"] { lines.append("llm:         " + llmLine(llm)) }
        if let methods = s["methods"]?.objectValue, !methods.isEmpty {
            lines.append("")
            let header = ["method", "count", "errors", "cancelled", "p50 ms", "p90 ms", "p99 ms", "max ms"]
            var rows = [header]
            for (name, m) in methods {
                let l = m["latencyMs"]
                rows.append([name, text(m["count"]), text(m["errors"]), text(m["cancelled"]),
                             text(l?["p50"]), text(l?["p90"]), text(l?["p99"]), text(l?["max"])])
            }
            let widths = header.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
            for row in rows {
                let cells = row.enumerated().map { i, cell in
                    i == 0 ? cell + String(repeating: " ", count: widths[i] - cell.count)
                        : String(repeating: " ", count: widths[i] - cell.count) + cell
                }
                lines.append(cells.joined(separator: "  "))
            }
        }
        let known: Set<String> = ["version", "protocol", "build", "pid", "socket", "state", "startedAt", "uptimeSeconds",
                                  "idleTimeoutSeconds", "idleDeadline", "connections", "requests", "methods", "workers", "caches",
                                  "llm"]
        if let all = s.objectValue {
            for (name, value) in all where !known.contains(name) {
                lines.append("\(name): \(value.serialized())")
            }
        }
        if let caches = s["caches"]?.objectValue {
            lines.append("")
            if caches.isEmpty { lines.append("caches:      none yet") }
            for (name, figures) in caches { lines.append("cache \(name): \(figures.serialized())") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line about the LLM backend: what is configured, then its figures.
    static func llmLine(_ llm: JSON) -> String {
        func n(_ key: String) -> String { llm[key]?.intValue.map(String.init) ?? "-" }
        guard llm["configured"] == true, let model = llm["model"]?.stringValue else {
            return "no model configured (text comes from the built-in engine)"
        }
        var line = "\(model) at \(llm["base_url"]?.stringValue ?? "-"), API key \(llm["api_key"]?.stringValue ?? "-"), "
            + "cache \(llm["cache"]?.stringValue ?? "-"): \(n("hits")) hits, \(n("misses")) misses, "
            + "\(n("upstream_calls")) upstream calls, \(n("tokens_in"))/\(n("tokens_out")) tokens in/out, \(n("bytes_held")) bytes held"
        if let budget = llm["budget"] {
            let requests = budget["max_requests_per_day"]?.intValue.map { "/\($0)" } ?? ""
            let tokens = budget["max_tokens_per_day"]?.intValue.map { "/\($0)" } ?? ""
            line += "; today \(budget["requests_today"]?.intValue ?? 0)\(requests) requests, \(budget["tokens_today"]?.intValue ?? 0)\(tokens) tokens"
        }
        if let kinds = llm["failures_by_kind"]?.objectValue, !kinds.isEmpty {
            line += "; failures " + kinds.map { "\($0.0) \($0.1.intValue ?? 0)" }.joined(separator: ", ")
        }
        if let last = llm["last_error"], let kind = last["kind"]?.stringValue {
            line += "; last error \(kind) at \(last["at"]?.stringValue ?? "-"): \(last["message"]?.stringValue ?? "")"
        }
        return line
    }
}
