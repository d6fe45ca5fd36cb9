/// A flag a command accepts: `--name`, with a value (`--name VALUE`) or without.
public struct Flag: Sendable {
    /// What a flag's value is, so completions can offer the right words.
    public enum Value: Sendable, Equatable {
        case none
        case text(String)
        case path(String)
        case number(String)
        case choice([String])

        var placeholder: String? {
            switch self {
            case .none: return nil
            case let .text(p), let .path(p), let .number(p): return p
            case let .choice(c): return c.joined(separator: "|")
            }
        }
    }

    public let name: String
    public let short: Character?
    public let value: Value
    public let help: String

    public init(_ name: String, short: Character? = nil, value: Value = .none, help: String) {
        self.name = name
        self.short = short
        self.value = value
        self.help = help
    }

    public var takesValue: Bool { value != .none }
}

/// A positional argument.
public struct Positional: Sendable {
    public let name: String
    public let help: String
    public let choices: [String]
    public let optional: Bool

    public init(_ name: String, help: String, choices: [String] = [], optional: Bool = false) {
        self.name = name
        self.help = help
        self.choices = choices
        self.optional = optional
    }
}

/// What a command's `run` gets: its parsed arguments and the CLI's context.
public typealias CommandAction = @Sendable (ParsedArguments, CLIContext) throws -> ExitCode

/// A node of the command tree: a runnable command or a group of subcommands.
///
/// Declare flags once here; parsing, `--help` and the completion scripts all follow.
public struct Command: Sendable {
    public let name: String
    public let summary: String
    /// Paragraphs shown in `--help` under the usage line.
    public let discussion: String
    public let flags: [Flag]
    public let positionals: [Positional]
    public let subcommands: [Command]
    public let run: CommandAction?

    public init(_ name: String, summary: String, discussion: String = "", flags: [Flag] = [],
                positionals: [Positional] = [], subcommands: [Command] = [], run: CommandAction? = nil) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.flags = flags
        self.positionals = positionals
        self.subcommands = subcommands
        self.run = run
    }

    public func subcommand(named name: String) -> Command? { subcommands.first { $0.name == name } }
}

/// The process exit status: 0 ok, 1 request failed, 2 usage error, 3 daemon unavailable.
public struct ExitCode: RawRepresentable, Sendable, Equatable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let ok = ExitCode(rawValue: 0)
    public static let failure = ExitCode(rawValue: 1)
    public static let usage = ExitCode(rawValue: 2)
    public static let unavailable = ExitCode(rawValue: 3)
}

/// A command line that does not fit the command table; exit 2.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// The command whose help the message points to.
    public let commandPath: [String]
    public init(_ message: String, commandPath: [String]) {
        self.message = message
        self.commandPath = commandPath
    }
    public var description: String { message }
}
