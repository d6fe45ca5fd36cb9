import DoppelClient
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation

/// The `doppel` program: parse, run the selected command, map failures to exit codes.
public enum DoppelCommandLine {
    /// Runs `doppel` with `arguments` (without argv[0]) and returns its exit status.
    public static func run(_ arguments: [String], console: any Console = StandardConsole(),
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> ExitCode {
        Signals.ignoreBrokenPipe()
        let root = CommandTable.root
        let globals = CommandTable.globalFlags
        let parser = ArgumentParser(root: root, globalFlags: globals)
        let parsed: ParsedArguments
        let command: Command
        do {
            (parsed, command) = try parser.parse(arguments)
        } catch let error as UsageError {
            return usage(error, console: console)
        } catch {
            console.err("doppel: \(error)\n")
            return .usage
        }
        if parsed.has("version") {
            console.out("doppel \(DoppelVersion.version) (protocol \(ProtocolVersion.current))\n")
            return .ok
        }
        if parsed.has("help") {
            console.out(HelpRenderer.render(command, path: parsed.commandPath, globalFlags: globals))
            return .ok
        }
        guard let action = command.run else {
            console.err(HelpRenderer.render(command, path: parsed.commandPath, globalFlags: globals))
            return .usage
        }
        let context = CLIContext(console: console, environment: environment, root: root, globalFlags: globals)
        do {
            return try action(parsed, context)
        } catch let error as UsageError {
            return usage(error, console: console)
        } catch let error as ClientError {
            console.err("doppel: \(error)\n")
            if case let .remote(rpc) = error { console.err(details(rpc)) }
            return error.isDaemonUnavailable ? .unavailable : .failure
        } catch {
            console.err("doppel: \(error)\n")
            return .failure
        }
    }

    private static func usage(_ error: UsageError, console: any Console) -> ExitCode {
        console.err("doppel: \(error.message)\nRun '\(error.commandPath.joined(separator: " ")) --help' for usage.\n")
        return .usage
    }

    /// The `issues` and `suggestions` of an error, one per line.
    private static func details(_ error: RPCError) -> String {
        var out = ""
        for issue in error.data["issues"]?.arrayValue ?? [] {
            if let text = issue.stringValue, !error.message.contains(text) { out += "  - \(text)\n" }
        }
        // Hosted contracts carry their explanation in `details` (field → message) and `detail`.
        for (field, message) in error.data["details"]?.objectValue ?? JSONObject() {
            if let text = message.stringValue, !error.message.contains(text) { out += "  - \(field): \(text)\n" }
        }
        if let detail = error.data["detail"]?.stringValue, !error.message.contains(detail) { out += "  \(detail)\n" }
        for suggestion in error.data["suggestions"]?.arrayValue ?? [] {
            if let text = suggestion.stringValue { out += "  hint: \(text)\n" }
        }
        return out
    }
}
