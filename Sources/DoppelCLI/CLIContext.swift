import DoppelClient
import DoppelJSON
import DoppelProtocol

/// What every command gets besides its arguments: the console, the
/// environment, and helpers to reach the daemon honouring the global flags.
public struct CLIContext: Sendable {
    public let console: any Console
    public let environment: [String: String]
    public let root: Command
    public let globalFlags: [Flag]

    /// A client configured by `--socket`, `--timeout`, `--no-autostart` and the environment.
    public func client(_ arguments: ParsedArguments, autostart: Bool? = nil) throws -> DoppelClient {
        let noAutostart = arguments.has("no-autostart")
        let timeout = try arguments.number("timeout") ?? 60
        let options = ClientOptions(socketFlag: arguments.value("socket"), timeout: timeout,
                                    autostart: autostart ?? (noAutostart ? false : nil), environment: environment)
        return DoppelClient(options: options)
    }

    /// Connects (auto-starting if allowed), sends `initialize`, and deals with
    /// a daemon from another build: restarts it if idle, else says what to run.
    public func connect(_ arguments: ParsedArguments) throws -> (DoppelClient, ClientConnection, InitializeResult) {
        let client = try client(arguments)
        var connection = try client.connect()
        var info = try client.handshake(connection)
        if let local = client.localDaemonBuild, local != info.build {
            if client.options.autostart, try isIdle(connection, client: client) {
                console.err("doppel: the running daemon is build \(info.build), this doppel's is \(local); restarting it\n")
                _ = try? connection.call(MethodName.shutdown, timeout: client.options.timeout)
                connection.close()
                guard client.waitForExit(timeoutMilliseconds: 15_000) else {
                    throw ClientError.daemonUnavailable("the old daemon did not exit; run `doppel daemon restart`")
                }
                connection = try client.connect()
                info = try client.handshake(connection)
            } else {
                console.err("doppel: warning: the running daemon is build \(info.build), this doppel's is \(local);"
                    + " run `doppel daemon restart` when it is idle\n")
            }
        }
        return (client, connection, info)
    }

    /// Seconds to wait for a reply that may come from the model: `--timeout`
    /// when given; else, when the daemon has a model and `source` is not
    /// `builtin`, no limit of the CLI's own — the daemon bounds every model
    /// exchange by its `--llm-timeout` (with its retries and one repair round)
    /// and then answers, with the built-in engine if need be; else 60 s.
    func modelWait(_ arguments: ParsedArguments, source: String?, connection: ClientConnection,
                   client: DoppelClient) throws -> Double {
        if let given = try arguments.number("timeout") { return given }
        let fallback = client.options.timeout ?? 60
        guard source != "builtin" else { return fallback }
        let status = try connection.call(MethodName.status, timeout: fallback)
        return status["llm"]?["configured"]?.boolValue == true ? 0 : fallback
    }

    /// Idle: this is its only connection and nothing runs.
    private func isIdle(_ connection: ClientConnection, client: DoppelClient) throws -> Bool {
        let status = try connection.call(MethodName.status, timeout: client.options.timeout)
        return status["connections"]?["open"]?.intValue == 1 && status["requests"]?["inFlight"]?.intValue == 0
    }
}
