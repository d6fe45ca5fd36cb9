import Testing
@testable import DoppelCLI

/// Snapshots of help and usage output, run in-process with a capturing console.
@Suite struct CommandLineOutputTests {
    private func run(_ arguments: [String]) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        let code = DoppelCommandLine.run(arguments, console: console, environment: ["DOPPEL_NO_AUTOSTART": "1"])
        return (code, console)
    }

    @Test func statusHelpSnapshot() {
        let (code, console) = run(["status", "--help"])
        #expect(code == .ok)
        #expect(console.standardError.isEmpty)
        #expect(console.standardOutput == """
            Usage: doppel status [options]

            Show the daemon's figures: uptime, connections, requests, latency, caches

            Options:
              --json  Print the status object as JSON

            Global options:
              --socket PATH      Daemon socket (default: $DOPPEL_SOCKET, $XDG_RUNTIME_DIR/doppel/doppel.sock, /tmp/doppel-UID/doppel.sock)
              --timeout SECONDS  Seconds to wait for each reply; 0 waits for ever (default 60)
              --no-autostart     Never start doppeld; fail with exit 3 instead (also DOPPEL_NO_AUTOSTART=1)
              -h, --help         Show help for the command
              --version          Show the version

            """)
    }

    @Test func everyCommandHasHelp() {
        func visit(_ command: Command, _ path: [String]) {
            let (code, console) = run(Array(path.dropFirst()) + ["--help"])
            #expect(code == .ok, "\(path)")
            #expect(console.standardOutput.hasPrefix("Usage: \(path.joined(separator: " "))"), "\(path)")
            #expect(console.standardOutput.contains(command.summary), "\(path)")
            for sub in command.subcommands { visit(sub, path + [sub.name]) }
        }
        visit(CommandTable.root, ["doppel"])
    }

    @Test func groupWithoutSubcommandIsAUsageError() {
        let (code, console) = run(["daemon"])
        #expect(code == .usage)
        #expect(console.standardOutput.isEmpty)
        #expect(console.standardError.contains("Commands:\n  start"))
    }

    @Test func usageErrorGoesToStandardErrorWithExitTwo() {
        let (code, console) = run(["status", "--frobnicate"])
        #expect(code == .usage)
        #expect(console.standardOutput.isEmpty)
        #expect(console.standardError == "doppel: unknown option '--frobnicate' for 'doppel status'\nRun 'doppel status --help' for usage.\n")
    }

    @Test func daemonUnavailableExitsThree() {
        let (code, console) = run(["ping", "--socket", "/tmp/doppel-test-nonexistent-\(UInt32.random(in: 0...UInt32.max)).sock"])
        #expect(code == .unavailable)
        #expect(console.standardError.contains("auto-start is off"))
    }

    @Test func versionGoesToStandardOutput() {
        let (code, console) = run(["--version"])
        #expect(code == .ok)
        #expect(console.standardOutput == "doppel 0.1.0 (protocol 1.0)\n")
    }
}
