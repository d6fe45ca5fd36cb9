import DoppelClient
import DoppelProtocol

extension Command {
    static let daemon = Command(
        "daemon", summary: "Start, stop, restart or inspect the background daemon",
        subcommands: [daemonStart, daemonStop, daemonStatus, daemonRestart])

    static let daemonStart = Command(
        "start", summary: "Start doppeld in the background (does nothing if one is running)",
        run: { arguments, context in
            let client = try context.client(arguments, autostart: true)
            if let connection = try? ClientConnection.connect(socketPath: client.socketPath) {
                let info = try client.handshake(connection)
                context.console.err("doppeld is already running (pid \(info.pid)) on \(client.socketPath)\n")
                return .ok
            }
            try client.startDaemon()
            let info = try client.handshake(try ClientConnection.connect(socketPath: client.socketPath))
            context.console.err("started doppeld (pid \(info.pid)) on \(client.socketPath)\n")
            return .ok
        })

    static let daemonStop = Command(
        "stop", summary: "Stop the daemon once its requests in flight finish (at most 10 s)",
        run: { arguments, context in
            try DaemonShutdown.stop(try context.client(arguments, autostart: false), console: context.console)
        })

    static let daemonStatus = Command(
        "status", summary: "Say whether a daemon is running, with its pid, build and uptime (exit 3 if not)",
        run: { arguments, context in
            let client = try context.client(arguments, autostart: false)
            guard let connection = try? ClientConnection.connect(socketPath: client.socketPath) else {
                context.console.out("not running (socket \(client.socketPath))\n")
                return .unavailable
            }
            let info = try client.handshake(connection)
            let status = try connection.call(MethodName.status, timeout: client.options.timeout)
            let uptime = status["uptimeSeconds"]?.doubleValue.map { String($0) } ?? "?"
            context.console.out("running: pid \(info.pid), version \(info.serverVersion), build \(info.build), "
                + "socket \(client.socketPath), up \(uptime) s\n")
            return .ok
        })

    static let daemonRestart = Command(
        "restart", summary: "Stop the daemon (if running) and start a new one",
        run: { arguments, context in
            let client = try context.client(arguments, autostart: true)
            let stopped = try DaemonShutdown.stop(client, console: context.console)
            guard stopped == .ok else { return stopped }
            try client.startDaemon()
            let info = try client.handshake(try ClientConnection.connect(socketPath: client.socketPath))
            context.console.err("started doppeld (pid \(info.pid)) on \(client.socketPath)\n")
            return .ok
        })
}

/// Stopping a daemon and waiting until it is gone.
enum DaemonShutdown {
    @discardableResult
    static func stop(_ client: DoppelClient, console: any Console) throws -> ExitCode {
        guard let connection = try? ClientConnection.connect(socketPath: client.socketPath) else {
            if client.daemonHoldsLock, !client.waitForExit(timeoutMilliseconds: 15_000) {
                console.err("doppel: a daemon holds \(client.options.location.lockPath) but does not answer\n")
                return .failure
            }
            console.err("no daemon is running on \(client.socketPath)\n")
            return .ok
        }
        let info = try client.handshake(connection)
        _ = try connection.call(MethodName.shutdown, timeout: client.options.timeout)
        connection.close()
        guard client.waitForExit(timeoutMilliseconds: 15_000) else {
            console.err("doppel: doppeld (pid \(info.pid)) did not exit within 15 s\n")
            return .failure
        }
        console.err("stopped doppeld (pid \(info.pid))\n")
        return .ok
    }
}
