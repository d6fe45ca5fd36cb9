import DoppelLLM
import Foundation
import DoppelText
import DoppelEngine

/// The `doppeld` command line: one table of options, parsed and documented from it.
public struct DaemonOption: Sendable {
    public let name: String
    /// The value's placeholder in help (`SECONDS`), or nil for a switch.
    public let valueName: String?
    public let help: String
    /// Left out of `--help` (internal plumbing of `--detach`).
    public let hidden: Bool
    let apply: @Sendable (inout DaemonConfiguration, String) throws -> Void

    public init(_ name: String, value: String? = nil, help: String, hidden: Bool = false,
                apply: @escaping @Sendable (inout DaemonConfiguration, String) throws -> Void) {
        self.name = name
        self.valueName = value
        self.help = help
        self.hidden = hidden
        self.apply = apply
    }
}

/// A bad `doppeld` command line; `doppeld` prints it and exits 2.
public struct DaemonUsageError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

public enum DaemonOptions {
    /// Every option `doppeld` accepts. Adding one is one line here (plus its
    /// `DaemonConfiguration` property).
    public static let all: [DaemonOption] = [
        DaemonOption("--socket", value: "PATH", help: "Unix socket to listen on (default: $DOPPEL_SOCKET, $XDG_RUNTIME_DIR/doppel/doppel.sock, or /tmp/doppel-UID/doppel.sock)") { $0.socketFlag = $1 },
        DaemonOption("--detach", help: "Run in the background; return once the socket is listening (or print why not)") { c, _ in c.detach = true },
        DaemonOption("--log-file", value: "PATH", help: "Append the log to PATH (mode 0600) instead of standard error") { $0.logFile = $1 },
        DaemonOption("--idle-timeout", value: "SECONDS", help: "Exit after SECONDS with no connections and no work; 0 = never (default 10800)") { $0.idleTimeoutSeconds = try seconds($1, "--idle-timeout") },
        DaemonOption("--drain-timeout", value: "SECONDS", help: "On shutdown, how long requests in flight may finish before they are cancelled (default 10)") { $0.drainTimeoutSeconds = try seconds($1, "--drain-timeout") },
        DaemonOption("--max-frame-bytes", value: "N", help: "Largest request frame accepted, in bytes (default 16777216)") { $0.maxFrameBytes = try integer($1, "--max-frame-bytes", 64...(1 << 30)) },
        DaemonOption("--workers", value: "N", help: "Jobs run at once, generation each in its own worker process; more wait in a queue (default: the number of cores)") { $0.workerThreads = try integer($1, "--workers", 1...256) },
        DaemonOption("--worker-memory-mb", value: "MIB", help: "Address-space limit of each worker process; a job past it fails ENGINE_CRASHED, the daemon goes on (default: none)") { $0.workerMemoryMB = try integer($1, "--worker-memory-mb", 64...(1 << 22)) },
        DaemonOption("--plan-cache-bytes", value: "N", help: "Byte budget of the plan cache (prompt → schema); 0 keeps no plans (default 8388608)") { $0.planCacheBytes = try integer($1, "--plan-cache-bytes", 0...(1 << 40)) },
        DaemonOption("--data-dir", value: "PATH", help: "Where generated datasets are stored (default: $XDG_DATA_HOME/doppel/datasets, or ~/.local/share/doppel/datasets)") { $0.dataDirectory = try directory($1, "--data-dir") },
        DaemonOption("--max-records", value: "N", help: "Most records one generate request may ask for, across its datasets (default 5000000)") { $0.maxRecords = try integer($1, "--max-records", 1...Int(Int32.max)) },
        DaemonOption("--max-inline-bytes", value: "N", help: "Largest generate output returned inline; larger needs out_dir or stream (default 8388608)") { $0.maxInlineBytes = try integer($1, "--max-inline-bytes", 1...(1 << 30)) },
        DaemonOption("--max-client-queued-bytes", value: "N", help: "Bytes that may wait for one client that reads slowly; past it new work is refused OVERLOADED (default 67108864)") { $0.maxClientQueuedBytes = try integer($1, "--max-client-queued-bytes", (1 << 16)...(1 << 40)) },
        DaemonOption("--max-queued-bytes", value: "N", help: "Bytes that may wait for all such clients together (default 268435456)") { $0.maxQueuedBytes = try integer($1, "--max-queued-bytes", (1 << 16)...(1 << 40)) },
        DaemonOption("--enable-debug-methods", help: "Serve diagnostic methods (debug.sleep) used by tests") { c, _ in c.enableDebugMethods = true },
    ] + llmOptions + [
        DaemonOption("--ready-fd", value: "FD", help: "internal: report readiness on FD", hidden: true) { $0.readyDescriptor = Int32(try integer($1, "--ready-fd", 3...1023)) },
        DaemonOption("--lock-fd", value: "FD", help: "internal: inherited lock descriptor", hidden: true) { $0.lockDescriptor = Int32(try integer($1, "--lock-fd", 3...1023)) },
        DaemonOption("--worker-fd", value: "FD", help: "internal: run as a worker process on the socket FD", hidden: true) { $0.workerDescriptor = Int32(try integer($1, "--worker-fd", 3...1023)) },
    ]

    /// One option per LLM setting, from `LLMConfiguration.options`; values are
    /// checked together once the whole command line is read.
    static let llmOptions: [DaemonOption] = LLMConfiguration.options.map { option in
        DaemonOption("--" + option.flag, value: placeholder(option.flag),
                     help: capitalized(option.help) + " [$\(option.environment)]") {
            $0.llmFlags[option.flag] = $1
        }
    } + [
        // Refused with a message that does not repeat the value: a command line is visible to every user (ps).
        DaemonOption("--llm-api-key", value: "KEY", help: "refused: keys come from DOPPEL_LLM_API_KEY or OPENAI_API_KEY",
                     hidden: true) { $0.llmFlags["llm-api-key"] = $1 },
    ]

    /// What the command line asked for.
    public enum Request: Sendable {
        case run(DaemonConfiguration)
        case help
        case version
    }

    /// Parses `arguments` (without argv[0]); `--flag value` and `--flag=value` both work.
    /// LLM settings not given as flags come from `environment` (`DOPPEL_LLM_*`, and the key).
    public static func parse(_ arguments: [String],
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Request {
        var configuration = DaemonConfiguration()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--help" || argument == "-h" { return .help }
            if argument == "--version" { return .version }
            var name = argument
            var inlineValue: String?
            if let eq = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<eq])
                inlineValue = String(argument[argument.index(after: eq)...])
            }
            guard let option = all.first(where: { $0.name == name }) else {
                // The name only: a value after "=" could be a secret.
                throw DaemonUsageError(message: "unknown option '\(name)' (see doppeld --help)")
            }
            var value = ""
            if option.valueName != nil {
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw DaemonUsageError(message: "\(name) needs a value (\(option.valueName ?? "VALUE"))")
                    }
                    value = arguments[index]
                    index += 1
                }
            } else if inlineValue != nil {
                throw DaemonUsageError(message: "\(name) takes no value")
            }
            try option.apply(&configuration, value)
        }
        do {
            configuration.llm = try LLMConfiguration.parse(flags: configuration.llmFlags, environment: environment)
        } catch {
            throw DaemonUsageError(message: error.description)
        }
        return .run(configuration)
    }

    /// `doppeld --help`, generated from the table.
    public static var helpText: String {
        var lines = ["Usage: doppeld [options]", "",
                     "The Doppel daemon: serves length-prefixed JSON-RPC on a Unix socket (see protocol/PROTOCOL.md).",
                     "", "Options:"]
        let shown = all.filter { !$0.hidden }
        let labels = shown.map { $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (option, label) in zip(shown, labels) {
            lines.append("  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + option.help)
        }
        lines.append("  " + "--help".padding(toLength: width, withPad: " ", startingAt: 0) + "Show this help")
        lines.append("  " + "--version".padding(toLength: width, withPad: " ", startingAt: 0) + "Show the version")
        lines += ["", "The model endpoint's API key comes from \(LLMConfiguration.keyVariables.joined(separator: " or ")), never from a flag",
                  "(the process list shows flags to every user); a request may bring its own as \"api_key\"."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// "model name; …" → "Model name; …", leaving "off|memory|disk" as it is.
    static func capitalized(_ help: String) -> String {
        guard let first = help.split(separator: " ").first, !first.contains("|") else { return help }
        return help.prefix(1).uppercased() + help.dropFirst()
    }

    /// The value's name in `--help` for an LLM flag.
    static func placeholder(_ flag: String) -> String {
        if flag == "llm-cache" { return "MODE" }
        if flag.hasSuffix("-url") { return "URL" }
        if flag.hasSuffix("-model") { return "NAME" }
        if flag.hasSuffix("-dir") || flag.hasSuffix("-file") { return "PATH" }
        if flag.hasSuffix("-mb") { return "MIB" }
        if flag.hasSuffix("timeout") || flag.hasSuffix("delay") { return "SECONDS" }
        return "N"
    }

    /// A directory path; relative paths are taken from the current directory (the daemon may change it later).
    static func directory(_ text: String, _ flag: String) throws -> String {
        guard !text.isEmpty, !text.utf8.contains(0) else {
            throw DaemonUsageError(message: "\(flag) expects a directory path")
        }
        if text.hasPrefix("/") { return text }
        return FileManager.default.currentDirectoryPath + "/" + text
    }

    static func seconds(_ text: String, _ flag: String) throws -> Double {
        guard let v = Double(text), v.isFinite, v >= 0 else {
            throw DaemonUsageError(message: "\(flag) expects a number of seconds ≥ 0, got '\(text)'")
        }
        return v
    }

    static func integer(_ text: String, _ flag: String, _ range: ClosedRange<Int>) throws -> Int {
        guard let v = Int(text), range.contains(v) else {
            throw DaemonUsageError(message: "\(flag) expects an integer from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return v
    }
}
