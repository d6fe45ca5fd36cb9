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
        #expect(c.planCacheBytes == 8 << 20)
    }

    @Test func outboundBoundsAreFlags() throws {
        guard case let .run(defaults) = try DaemonOptions.parse([]) else { Issue.record("not a run"); return }
        #expect(defaults.maxClientQueuedBytes == 64 << 20)
        #expect(defaults.maxQueuedBytes == 256 << 20)
        guard case let .run(c) = try DaemonOptions.parse(["--max-client-queued-bytes", "1000000", "--max-queued-bytes=3000000",
                                                          "--max-inline-bytes", "100000"])
        else { Issue.record("not a run"); return }
        let limits = c.outboundLimits
        #expect(limits.connectionBytes == 1_000_000 && limits.totalBytes == 3_000_000)
        #expect(limits.streamBytes == 1_000_000)  // never above the client's own bound
        #expect(limits.hardBytes == 2 * (1_000_000 + 100_000) + (1 << 20))
        let error = #expect(throws: DaemonUsageError.self) { try DaemonOptions.parse(["--max-queued-bytes", "10"]) }
        #expect(error?.message == "--max-queued-bytes expects an integer from 65536 to 1099511627776, got '10'")
        let help = DaemonOptions.helpText
        #expect(help.contains("--max-client-queued-bytes N"))
        #expect(help.contains("--max-queued-bytes N"))
    }

    @Test func planCacheBudgetIsAFlag() throws {
        guard case let .run(c) = try DaemonOptions.parse(["--plan-cache-bytes", "4096"]) else { Issue.record("not a run"); return }
        #expect(c.planCacheBytes == 4096)
        #expect(PlanningService(byteBudget: c.planCacheBytes).cache.stats.budget == 4096)
        let error = #expect(throws: DaemonUsageError.self) { try DaemonOptions.parse(["--plan-cache-bytes", "lots"]) }
        #expect(error?.message == "--plan-cache-bytes expects an integer from 0 to 1099511627776, got 'lots'")
        #expect(DaemonOptions.helpText.contains("--plan-cache-bytes N"))
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

/// The `--llm-*` flags and `DOPPEL_LLM_*` variables as the daemon reads them.
@Suite struct DaemonLLMOptionsTests {
    @Test func flagsBeatVariablesAndTheKeyComesFromTheEnvironment() throws {
        guard case let .run(c) = try DaemonOptions.parse(
            ["--llm-base-url", "http://127.0.0.1:11434/v1/", "--llm-model=llama3", "--llm-cache", "memory",
             "--llm-max-requests-per-day", "50"],
            environment: ["DOPPEL_LLM_MODEL": "other", "DOPPEL_LLM_TIMEOUT": "12", "DOPPEL_LLM_API_KEY": "sk-env-123",
                          "HOME": "/home/u"])
        else { Issue.record("not a run"); return }
        #expect(c.llm.baseURL == "http://127.0.0.1:11434/v1")
        #expect(c.llm.model == "llama3" && c.llm.isConfigured)
        #expect(c.llm.timeout == 12)
        #expect(c.llm.cacheMode == .memory)
        #expect(c.llm.maxRequestsPerDay == 50)
        #expect(c.llm.apiKey?.hasPrefix("sk-env") == true)
    }

    @Test func withoutAModelNothingIsConfigured() throws {
        guard case let .run(c) = try DaemonOptions.parse([], environment: ["OPENAI_API_KEY": "sk-x", "HOME": "/home/u"]) else { return }
        #expect(!c.llm.isConfigured)
        #expect(c.llm.cacheMode == .disk && c.llm.cacheDirectory == "/home/u/.cache/doppel/llm")
    }

    @Test func badValuesAreNamedAllAtOnceAndKeysAreNeverRepeated() {
        let bad = #expect(throws: DaemonUsageError.self) {
            try DaemonOptions.parse(["--llm-cache", "sometimes", "--llm-timeout=-1"], environment: ["DOPPEL_LLM_MAX_RETRIES": "many"])
        }
        #expect(bad?.message == "invalid LLM configuration: --llm-timeout: expected seconds from 0.001 to 86400.0, got \"-1\"; "
            + "DOPPEL_LLM_MAX_RETRIES: expected an integer from 0 to 20, got \"many\"; "
            + "--llm-cache: expected one of off, memory, disk, got \"sometimes\"")
        let key = #expect(throws: DaemonUsageError.self) { try DaemonOptions.parse(["--llm-api-key", "sk-secret-1"], environment: [:]) }
        #expect(key?.message.contains("keys are not taken as flags") == true)
        #expect(key?.message.contains("sk-secret-1") == false)
        let unknown = #expect(throws: DaemonUsageError.self) { try DaemonOptions.parse(["--openai-key=sk-secret-2"], environment: [:]) }
        #expect(unknown?.message == "unknown option '--openai-key' (see doppeld --help)")
    }

    @Test func helpListsEveryLLMSettingWithItsVariable() {
        let help = DaemonOptions.helpText
        #expect(help.contains("  --llm-model NAME                Model name; naming one turns the LLM on [$DOPPEL_LLM_MODEL]\n"))
        #expect(help.contains("  --llm-cache MODE                off|memory|disk (default disk) [$DOPPEL_LLM_CACHE]\n"))
        #expect(help.contains("DOPPEL_LLM_API_KEY or OPENAI_API_KEY, never from a flag"))
        #expect(!help.contains("--llm-api-key"))
    }
}
