import DoppelClient
import DoppelPOSIX

extension Command {
    static let rpc = Command(
        "rpc", summary: "Bridge stdin/stdout to the daemon: one JSON-RPC message per line",
        discussion: """
            Reads one JSON-RPC request or notification per line on standard input and
            writes each response and notification from the daemon as one line on standard
            output. At the end of input it waits for the outstanding responses, then exits.
            Without --timeout it waits as long as the requests take.
            """,
        run: { arguments, context in
            let client = try context.client(arguments)
            let connection = try client.connect()
            let timeout = try arguments.number("timeout")
            let bridge = RPCBridge(connection: connection)
            let outcome = bridge.run(input: .standardInput, output: .standardOutput, drainTimeout: timeout)
            switch outcome {
            case .completed: return .ok
            case let .failed(message):
                context.console.err("doppel rpc: \(message)\n")
                return .failure
            }
        })
}
