import Testing
@testable import DoppelServer

@Suite struct DaemonOptionsTests {
    @Test func parsesEveryFormOfOption() throws {
        guard case let .run(c) = try DaemonOptions.parse(
            ["--socket", "/s", "--idle-timeout=2.5", "--max-frame-bytes", "4096", "--detach", "--enable-debug-methods",
             "--workers", "3", "--log-file", "/l"])
        else { Issue.record("not a run"); return }
        #expect(c.socketFlag == "/s")
        #expect(c.idleTimeoutSeconds == 2.5)
        #expect(c.maxFrameBytes == 4096)
        #expect(c.detach && c.enableDebugMethods)
        #expect(c.workerThreads == 3)
        #expect(c.logFile == "/l")
    }

    @Test func defaults() throws {
        guard case let .run(c) = try DaemonOptions.parse([]) else { return }
        #expect(c.idleTimeoutSeconds == 10_800)
        #expect(c.maxFrameBytes == 16 * 1024 * 1024)
        #expect(c.drainTimeoutSeconds == 10)
        #expect(!c.enableDebugMethods)
    }

    @Test(arguments: [
        (["--bogus"], "unknown option '--bogus' (see doppeld --help)"),
        (["--socket"], "--socket needs a value (PATH)"),
        (["--detach=yes"], "--detach takes no value"),
        (["--idle-timeout", "-1"], "--idle-timeout expects a number of seconds ≥ 0, got '-1'"),
        (["--max-frame-bytes", "10"], "--max-frame-bytes expects an integer from 64 to 1073741824, got '10'"),
    ])
    func badOptionsSayWhy(arguments: [String], message: String) {
        let error = #expect(throws: DaemonUsageError.self) { try DaemonOptions.parse(arguments) }
        #expect(error?.message == message)
    }

    @Test func helpListsVisibleOptionsOnly() {
        let help = DaemonOptions.helpText
        #expect(help.hasPrefix("Usage: doppeld [options]\n"))
        for option in DaemonOptions.all { #expect(help.contains(option.name) == !option.hidden, "\(option.name)") }
    }
}
