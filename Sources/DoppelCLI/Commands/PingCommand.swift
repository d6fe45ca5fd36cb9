import DoppelPOSIX
import DoppelProtocol

extension Command {
    static let ping = Command(
        "ping", summary: "Check that the daemon answers, starting it if needed",
        discussion: "Prints the daemon's version, pid and the round-trip time of one ping.",
        run: { arguments, context in
            let (client, connection, info) = try context.connect(arguments)
            let started = MonotonicClock.nanoseconds()
            _ = try connection.call(MethodName.ping, timeout: client.options.timeout)
            let micros = (MonotonicClock.nanoseconds() - started) / 1_000
            context.console.out("pong from doppeld \(info.serverVersion) (pid \(info.pid)) in \(Double(micros) / 1000) ms\n")
            return .ok
        })
}
