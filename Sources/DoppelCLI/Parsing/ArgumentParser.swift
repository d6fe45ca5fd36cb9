import DoppelProtocol

/// Parses a command line against a command tree.
///
/// Flags may come before or after subcommand names; `--flag value` and
/// `--flag=value` both work; `--` ends flags. A flag is looked up in the
/// current command, its ancestors, then the global flags.
public struct ArgumentParser: Sendable {
    public let root: Command
    public let globalFlags: [Flag]

    public init(root: Command, globalFlags: [Flag]) {
        self.root = root
        self.globalFlags = globalFlags
    }

    /// The parsed arguments and the command they select.
    public func parse(_ arguments: [String]) throws -> (ParsedArguments, Command) {
        var chain = [root]
        var flags: [String: [String]] = [:]
        var positionals: [String] = []
        var onlyPositionals = false
        var index = 0
        var path: [String] { chain.map(\.name) }

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                let current = chain[chain.count - 1]
                if !onlyPositionals, positionals.isEmpty, !current.subcommands.isEmpty {
                    guard let sub = current.subcommand(named: argument) else {
                        throw UsageError(unknownCommandMessage(argument, in: current, path: path), commandPath: path)
                    }
                    chain.append(sub)
                } else {
                    positionals.append(argument)
                }
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name: String
            var inline: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
            } else {
                guard argument.count == 2, let short = argument.last,
                      let flag = (chain.flatMap(\.flags) + globalFlags).first(where: { $0.short == short })
                else {
                    throw UsageError("unknown option '\(argument)' for '\(path.joined(separator: " "))'", commandPath: path)
                }
                name = flag.name
            }
            guard let flag = lookup(name, chain: chain) else {
                throw UsageError("unknown option '--\(name)' for '\(path.joined(separator: " "))'"
                    + suggestion(for: name, among: (chain.flatMap(\.flags) + globalFlags).map(\.name), prefix: "--"),
                    commandPath: path)
            }
            var value = ""
            if flag.takesValue {
                if let inline {
                    value = inline
                } else {
                    guard index < arguments.count else {
                        throw UsageError("--\(flag.name) needs a value (\(flag.value.placeholder ?? "VALUE"))", commandPath: path)
                    }
                    value = arguments[index]
                    index += 1
                }
                if case let .choice(choices) = flag.value, !choices.contains(value) {
                    throw UsageError("--\(flag.name) must be one of \(choices.joined(separator: ", ")), got '\(value)'",
                                     commandPath: path)
                }
            } else if inline != nil {
                throw UsageError("--\(flag.name) takes no value", commandPath: path)
            }
            flags[flag.name, default: []].append(value)
        }

        let command = chain[chain.count - 1]
        let parsed = ParsedArguments(commandPath: path, flags: flags, positionals: positionals)
        if parsed.has("help") || parsed.has("version") { return (parsed, command) }
        try checkPositionals(parsed, command)
        return (parsed, command)
    }

    private func lookup(_ name: String, chain: [Command]) -> Flag? {
        for command in chain.reversed() {
            if let f = command.flags.first(where: { $0.name == name }) { return f }
        }
        return globalFlags.first { $0.name == name }
    }

    private func checkPositionals(_ parsed: ParsedArguments, _ command: Command) throws {
        let path = parsed.commandPath
        if parsed.positionals.count > command.positionals.count {
            let extra = parsed.positionals[command.positionals.count]
            throw UsageError("unexpected argument '\(extra)' for '\(path.joined(separator: " "))'", commandPath: path)
        }
        for (i, spec) in command.positionals.enumerated() {
            guard let given = parsed.positional(i) else {
                if spec.optional { continue }
                let choices = spec.choices.isEmpty ? "" : " (one of \(spec.choices.joined(separator: ", ")))"
                throw UsageError("'\(path.joined(separator: " "))' needs \(spec.name)\(choices)", commandPath: path)
            }
            if !spec.choices.isEmpty, !spec.choices.contains(given) {
                throw UsageError("\(spec.name) must be one of \(spec.choices.joined(separator: ", ")), got '\(given)'",
                                 commandPath: path)
            }
        }
    }

    private func unknownCommandMessage(_ word: String, in command: Command, path: [String]) -> String {
        "unknown command '\(word)' for '\(path.joined(separator: " "))'"
            + suggestion(for: word, among: command.subcommands.map(\.name), prefix: "")
    }

    /// " (did you mean 'x'?)" for a close name, else "".
    private func suggestion(for word: String, among names: [String], prefix: String) -> String {
        let best = names.map { ($0, ParamReader.editDistance(Array(word), Array($0))) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(1, word.count / 3) else { return "" }
        return " (did you mean '\(prefix)\(best.0)'?)"
    }
}
