import DoppelJSON
import DoppelPOSIX

/// What the text-data commands (`feedback`, `tickets`, `interviews`,
/// `conversations`, `augment`) share: their common flags, reading required
/// flags, and sending one request whose result goes to standard output or `--out`.
enum TextCommand {
    /// `--seed`, `--text-source`, `--out`, after each command's own flags.
    static let commonFlags: [Flag] = [
        Flag("seed", value: .number("SEED"), help: "Seed: the same seed gives the same output (default: a fresh one, printed to standard error)"),
        Flag("text-source", value: .choice(["auto", "llm", "builtin"]),
             help: "The model if configured (auto, default), the model or an error (llm), or the built-in engine"),
        Flag("out", value: .path("FILE"), help: "Write the JSON to FILE (via a temporary name, then renamed) instead of standard output"),
    ]

    /// `doppel: warning: …` lines on standard error, one per warning.
    static func warningLines(_ warnings: [String]) -> String {
        warnings.map { "doppel: warning: \($0)\n" }.joined()
    }

    /// Params from the common flags: `seed` and `text_source` when given.
    static func commonParams(_ arguments: ParsedArguments) throws -> JSONObject {
        var params = JSONObject()
        if let seed = try arguments.int64Value("seed") { params["seed"] = .int(seed) }
        if let source = arguments.value("text-source") { params["text_source"] = .string(source) }
        return params
    }

    /// Sends `method` with `params` and writes the result as JSON to standard output or `--out`.
    static func run(_ method: String, params: JSONObject, arguments: ParsedArguments, context: CLIContext) throws -> ExitCode {
        let (client, connection, _) = try context.connect(arguments)
        let wait = try context.modelWait(arguments, source: params["text_source"]?.stringValue, connection: connection, client: client)
        let progress = ProgressBar(console: context.console)
        var warnings: [String] = []
        let result = try connection.call(method, params: .object(params), timeout: wait,
                                         onNotification: { note in
                                             // The daemon drew a seed (no --seed): name it so the output can be made again.
                                             if note.method == "$/seed", let seed = note.params?["seed"]?.int64Value {
                                                 context.console.err(GenerateSummary.seedLine(seed))
                                             }
                                             progress.notification(note)
                                         },
                                         onWarnings: { warnings = $0 })
        progress.finish()
        context.console.err(TextCommand.warningLines(warnings))
        let text = result.serialized(pretty: true) + "\n"
        if let path = arguments.value("out") {
            do {
                try AtomicFile.write(Array(text.utf8), to: path, mode: 0o644)
            } catch {
                context.console.err("doppel: cannot write \(path): \(error)\n")
                return .failure
            }
        } else {
            context.console.out(text)
        }
        return .ok
    }
}

extension ParsedArguments {
    /// The value of a flag the command cannot do without; a usage error (exit 2) naming it when absent.
    func requiredValue(_ name: String, _ what: String) throws -> String {
        guard let value = value(name), !value.isEmpty else {
            throw UsageError("--\(name) is required (\(what))", commandPath: commandPath)
        }
        return value
    }

    /// `--name` as a whole number (any 64-bit integer); a usage error naming it otherwise.
    func int64Value(_ name: String) throws -> Int64? {
        guard let text = value(name) else { return nil }
        guard let v = Int64(text) else {
            throw UsageError("--\(name) expects a whole number, got '\(text)'", commandPath: commandPath)
        }
        return v
    }

    /// A required whole number; its range is the daemon's to check (it names the limits).
    func requiredInteger(_ name: String, _ what: String) throws -> Int64 {
        _ = try requiredValue(name, what)
        return try int64Value(name) ?? 0
    }
}

extension String {
    /// Without surrounding spaces.
    var trimmed: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
