/// The shells `doppel completions` writes scripts for.
public enum CompletionShell: String, CaseIterable, Sendable {
    case bash, zsh, fish

    /// The file name under clients/completions/.
    public var fileName: String {
        switch self {
        case .bash: return "doppel.bash"
        case .zsh: return "_doppel"
        case .fish: return "doppel.fish"
        }
    }
}

/// The command table flattened for script generators: every command with its
/// path ("" for the root, "daemon stop" for a nested one).
struct CompletionModel {
    struct Node {
        let path: String
        let command: Command
    }

    let nodes: [Node]
    let globalFlags: [Flag]

    init(root: Command, globalFlags: [Flag]) {
        var nodes: [Node] = []
        func walk(_ command: Command, _ path: String) {
            nodes.append(Node(path: path, command: command))
            for sub in command.subcommands { walk(sub, path.isEmpty ? sub.name : path + " " + sub.name) }
        }
        walk(root, "")
        self.nodes = nodes
        self.globalFlags = globalFlags
    }

    var groups: [Node] { nodes.filter { !$0.command.subcommands.isEmpty } }

    /// Every flag that takes a value, so the path scan can skip that value.
    var valueFlags: [String] {
        var seen: [String] = []
        for flag in globalFlags + nodes.flatMap(\.command.flags) where flag.takesValue && !seen.contains(flag.name) {
            seen.append(flag.name)
        }
        return seen
    }

    /// Every flag that takes a value, with its kind, for completing that value.
    var valueFlagKinds: [(String, Flag.Value)] {
        var seen: [String] = []
        var out: [(String, Flag.Value)] = []
        for flag in globalFlags + nodes.flatMap(\.command.flags) where flag.takesValue && !seen.contains(flag.name) {
            seen.append(flag.name)
            out.append((flag.name, flag.value))
        }
        return out
    }

    /// Words offered at a node: subcommands, positional choices, then flags.
    func candidates(at node: Node) -> [(word: String, help: String)] {
        var out: [(String, String)] = node.command.subcommands.map { ($0.name, $0.summary) }
        for p in node.command.positionals {
            out += p.choices.map { ($0, p.help) }
        }
        for flag in node.command.flags + globalFlags {
            out.append(("--" + flag.name, flag.help))
            if let short = flag.short { out.append(("-" + String(short), flag.help)) }
        }
        return out
    }
}

/// Generates the completion scripts from the command table.
extension CompletionModel {
    /// The body of the loop bash and zsh share (same syntax in both): skip value
    /// flags with their value and other flags, and walk `cmd` down the command
    /// tree by each word typed. Continues an open `case "$word" in`.
    var commandWalkCases: String {
        var s = ""
        let flags = valueFlags.map { "--" + $0 }.joined(separator: "|")
        if !flags.isEmpty { s += "            \(flags)) (( i++ )); continue ;;\n" }
        s += """
                        -*) continue ;;
                    esac
                    case "$cmd" in

            """
        for group in groups {
            let children = group.command.subcommands.map(\.name).joined(separator: "|")
            let next = group.path.isEmpty ? "\"$word\"" : "\"$cmd $word\""
            s += "            \"\(group.path)\") case \"$word\" in \(children)) cmd=\(next) ;; esac ;;\n"
        }
        return s
    }
}

public enum CompletionScript {
    public static func generate(_ shell: CompletionShell, root: Command, globalFlags: [Flag]) -> String {
        let model = CompletionModel(root: root, globalFlags: globalFlags)
        switch shell {
        case .bash: return BashCompletion.script(model, program: root.name)
        case .zsh: return ZshCompletion.script(model, program: root.name)
        case .fish: return FishCompletion.script(model, program: root.name)
        }
    }

    /// `s` inside single quotes for bash and zsh.
    static func singleQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return self.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
