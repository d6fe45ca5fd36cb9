/// `--help` text, generated from the command table.
public enum HelpRenderer {
    public static func render(_ command: Command, path: [String], globalFlags: [Flag]) -> String {
        var lines: [String] = []
        var usage = "Usage: " + path.joined(separator: " ")
        if !command.subcommands.isEmpty { usage += " <command>" }
        if !command.flags.isEmpty { usage += " [options]" }
        for p in command.positionals { usage += p.optional ? " [\(p.name)]" : " <\(p.name)>" }
        lines.append(usage)
        lines.append("")
        lines.append(command.summary)
        if !command.discussion.isEmpty {
            lines.append("")
            lines.append(command.discussion)
        }
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append("Commands:")
            lines += table(command.subcommands.map { ($0.name, $0.summary) })
        }
        if !command.positionals.isEmpty {
            lines.append("")
            lines.append("Arguments:")
            lines += table(command.positionals.map { p in
                (p.name, p.help + (p.choices.isEmpty ? "" : " (\(p.choices.joined(separator: ", ")))"))
            })
        }
        if !command.flags.isEmpty {
            lines.append("")
            lines.append("Options:")
            lines += table(command.flags.map(row))
        }
        lines.append("")
        lines.append("Global options:")
        lines += table(globalFlags.map(row))
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append("Run '\(path.joined(separator: " ")) <command> --help' for a command's options.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ flag: Flag) -> (String, String) {
        var label = flag.short.map { "-\($0), " } ?? ""
        label += "--\(flag.name)"
        if let placeholder = flag.value.placeholder { label += " \(placeholder)" }
        return (label, flag.help)
    }

    private static func table(_ rows: [(String, String)]) -> [String] {
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
        return rows.map { label, text in
            label.count + 2 > width
                ? "  \(label)\n  \(String(repeating: " ", count: width))\(text)"
                : "  \(label)\(String(repeating: " ", count: width - label.count))\(text)"
        }
    }
}
