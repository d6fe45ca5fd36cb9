import Testing
@testable import DoppelCLI

@Suite struct ArgumentParserTests {
    let parser = ArgumentParser(root: CommandTable.root, globalFlags: CommandTable.globalFlags)

    @Test func globalFlagsGoBeforeOrAfterTheSubcommand() throws {
        let (a, command) = try parser.parse(["--socket", "/s", "status", "--json", "--timeout=2.5"])
        #expect(command.name == "status")
        #expect(a.commandPath == ["doppel", "status"])
        #expect(a.value("socket") == "/s")
        #expect(a.has("json"))
        #expect(try a.number("timeout") == 2.5)
        let (b, nested) = try parser.parse(["daemon", "--no-autostart", "stop"])
        #expect(nested.name == "stop")
        #expect(b.commandPath == ["doppel", "daemon", "stop"])
        #expect(b.has("no-autostart"))
    }

    @Test func positionalChoicesAreChecked() throws {
        let (a, _) = try parser.parse(["completions", "zsh"])
        #expect(a.positional(0) == "zsh")
        let error = #expect(throws: UsageError.self) { try parser.parse(["completions", "tcsh"]) }
        #expect(error?.message == "shell must be one of bash, zsh, fish, got 'tcsh'")
        let missing = #expect(throws: UsageError.self) { try parser.parse(["completions"]) }
        #expect(missing?.message == "'doppel completions' needs shell (one of bash, zsh, fish)")
        let extra = #expect(throws: UsageError.self) { try parser.parse(["ping", "now"]) }
        #expect(extra?.message == "unexpected argument 'now' for 'doppel ping'")
    }

    @Test(arguments: [
        (["--timeout"], "--timeout needs a value (SECONDS)"),
        (["status", "--jsn"], "unknown option '--jsn' for 'doppel status' (did you mean '--json'?)"),
        (["ping", "--json"], "unknown option '--json' for 'doppel ping'"),
        (["stauts"], "unknown command 'stauts' for 'doppel' (did you mean 'status'?)"),
        (["daemon", "halt"], "unknown command 'halt' for 'doppel daemon'"),
        (["status", "--json=yes"], "--json takes no value"),
        (["-x"], "unknown option '-x' for 'doppel'"),
    ])
    func usageErrorsSayWhatIsWrong(arguments: [String], message: String) {
        let error = #expect(throws: UsageError.self) { try parser.parse(arguments) }
        #expect(error?.message == message)
    }

    @Test func numbersAreValidatedWhenRead() throws {
        let (a, _) = try parser.parse(["ping", "--timeout", "soon"])
        let error = #expect(throws: UsageError.self) { try a.number("timeout") }
        #expect(error?.message == "--timeout expects a number ≥ 0, got 'soon'")
    }

    @Test func doubleDashEndsFlags() throws {
        let (a, _) = try parser.parse(["completions", "--", "bash"])
        #expect(a.positionals == ["bash"])
    }

    @Test func helpAndVersionNeedNoPositionals() throws {
        let (a, command) = try parser.parse(["completions", "--help"])
        #expect(a.has("help") && command.name == "completions")
        let (v, _) = try parser.parse(["-h"])
        #expect(v.has("help"))
    }
}
