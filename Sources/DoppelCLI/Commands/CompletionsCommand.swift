extension Command {
    static let completions = Command(
        "completions", summary: "Print the shell completion script for bash, zsh or fish",
        discussion: """
            bash:  source <(doppel completions bash)
            zsh:   doppel completions zsh > "${fpath[1]}/_doppel"
            fish:  doppel completions fish > ~/.config/fish/completions/doppel.fish
            """,
        positionals: [Positional("shell", help: "The shell", choices: CompletionShell.allCases.map(\.rawValue))],
        run: { arguments, context in
            guard let name = arguments.positional(0), let shell = CompletionShell(rawValue: name) else {
                throw UsageError("completions needs a shell: bash, zsh or fish", commandPath: arguments.commandPath)
            }
            context.console.out(CompletionScript.generate(shell, root: context.root, globalFlags: context.globalFlags))
            return .ok
        })
}
