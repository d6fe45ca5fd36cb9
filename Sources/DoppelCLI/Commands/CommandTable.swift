/// The `doppel` command tree. Adding a subcommand is one line in `root`
/// (its `Command` lives in its own file under Commands/); help and
/// completions follow from the table (regenerate clients/completions/).
public enum CommandTable {
    public static let root = Command(
        "doppel", summary: "Doppel: realistic, reproducible synthetic data from a local daemon.",
        subcommands: [
            .generate,
            .plan,
            .schema,
            .generateData,
            .datasets,
            .replay,
            .feedback,
            .tickets,
            .interviews,
            .conversations,
            .augment,
            .ping,
            .status,
            .daemon,
            .rpc,
            .completions,
        ])

    /// Flags every command accepts.
    public static let globalFlags: [Flag] = [
        Flag("socket", value: .path("PATH"),
             help: "Daemon socket (default: $DOPPEL_SOCKET, $XDG_RUNTIME_DIR/doppel/doppel.sock, /tmp/doppel-UID/doppel.sock)"),
        Flag("timeout", value: .number("SECONDS"), help: "Seconds to wait for each reply; 0 waits for ever (default 60)"),
        Flag("no-autostart", help: "Never start doppeld; fail with exit 3 instead (also DOPPEL_NO_AUTOSTART=1)"),
        Flag("help", short: "h", help: "Show help for the command"),
        Flag("version", help: "Show the version"),
    ]
}
