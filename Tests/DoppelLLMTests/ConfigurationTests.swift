import Testing
@testable import DoppelLLM

@Suite struct ConfigurationTests {
    static let home = ["HOME": "/home/ada"]

    @Test func defaultsWithNothingSet() throws {
        let c = try LLMConfiguration.parse(flags: [:], environment: Self.home)
        #expect(c.baseURL == "https://api.openai.com/v1")
        #expect(c.model == nil)
        #expect(!c.isConfigured)
        #expect(c.apiKey == nil)
        #expect(c.cacheMode == .disk)
        #expect(c.cacheDirectory == "/home/ada/.cache/doppel/llm")
        #expect(c.timeout == 60)
        #expect(c.retry == RetryPolicy())
        #expect(c.textPoolSize == 50)
        #expect(c.maxRequestsPerDay == nil && c.maxTokensPerDay == nil)
        #expect(c.chatCompletionsURL == "https://api.openai.com/v1/chat/completions")
        #expect(c.budgetFile == "/home/ada/.local/state/doppel/llm-budget.json")
        let xdg = try LLMConfiguration.parse(flags: [:], environment: ["HOME": "/h", "XDG_STATE_HOME": "/st"])
        #expect(xdg.budgetFile == "/st/doppel/llm-budget.json")
    }

    @Test func flagsBeatEnvironmentAndDashesAreOptional() throws {
        let env = ["DOPPEL_LLM_BASE_URL": "http://env:1/v1", "DOPPEL_LLM_MODEL": "env-model", "DOPPEL_LLM_CACHE": "off",
                   "DOPPEL_LLM_TIMEOUT": "5", "HOME": "/h"]
        let c = try LLMConfiguration.parse(flags: ["--llm-base-url": "http://localhost:11434/v1/", "llm-model": "llama3",
                                                   "--llm-max-requests-per-day": "100", "--llm-max-tokens-per-day": "50000",
                                                   "--llm-cache": "memory", "--llm-text-pool-size": "80",
                                                   "--llm-max-retries": "1", "--socket": "/tmp/x.sock"],
                                           environment: env)
        #expect(c.baseURL == "http://localhost:11434/v1")
        #expect(c.model == "llama3")
        #expect(c.isConfigured)
        #expect(!c.isOpenAIEndpoint)
        #expect(c.cacheMode == .memory)
        #expect(c.timeout == 5)
        #expect(c.maxRequestsPerDay == 100)
        #expect(c.maxTokensPerDay == 50_000)
        #expect(c.textPoolSize == 80)
        #expect(c.retry.maxRetries == 1)
    }

    @Test func keyComesFromDoppelVariableFirstThenOpenAI() throws {
        let both = try LLMConfiguration.parse(flags: [:], environment: ["DOPPEL_LLM_API_KEY": " sk-doppel \n", "OPENAI_API_KEY": "sk-openai", "HOME": "/h"])
        #expect(both.apiKey == APIKey("sk-doppel"))
        let openai = try LLMConfiguration.parse(flags: [:], environment: ["DOPPEL_LLM_API_KEY": "  ", "OPENAI_API_KEY": "sk-openai", "HOME": "/h"])
        #expect(openai.apiKey == APIKey("sk-openai"))
        #expect(openai.statusJSON["api_key"] == "set")
        #expect(!openai.statusJSON.serialized().contains("sk-openai"))
    }

    @Test func xdgCacheHomeWinsWhenAbsolute() throws {
        let xdg = try LLMConfiguration.parse(flags: [:], environment: ["XDG_CACHE_HOME": "/var/cache/me", "HOME": "/h"])
        #expect(xdg.cacheDirectory == "/var/cache/me/doppel/llm")
        let relative = try LLMConfiguration.parse(flags: [:], environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"])
        #expect(relative.cacheDirectory == "/h/.cache/doppel/llm")
        let flag = try LLMConfiguration.parse(flags: ["llm-cache-dir": "/tmp/c"], environment: ["HOME": "/h"])
        #expect(flag.cacheDirectory == "/tmp/c")
    }

    @Test func everyBadValueIsReportedAtOnceNamingFlagAndValue() {
        #expect {
            _ = try LLMConfiguration.parse(flags: ["--llm-base-url": "ftp://x", "--llm-cache": "sometimes", "--llm-timeout": "-1",
                                                   "--llm-max-requests-per-day": "lots", "--llm-cache-dir": "relative/dir"],
                                           environment: ["DOPPEL_LLM_TEXT_POOL_SIZE": "0", "HOME": "/h"])
        } throws: { error in
            guard let e = error as? LLMConfigurationError else { return false }
            let text = e.problems.joined(separator: "\n")
            return e.problems.count == 6
                && text.contains("--llm-base-url: expected an http or https URL, got \"ftp://x\"")
                && text.contains("--llm-cache: expected one of off, memory, disk, got \"sometimes\"")
                && text.contains("--llm-timeout") && text.contains("\"-1\"")
                && text.contains("--llm-max-requests-per-day: expected an integer from 0 to")
                && text.contains("DOPPEL_LLM_TEXT_POOL_SIZE: expected an integer from 1 to 10000, got \"0\"")
                && text.contains("--llm-cache-dir: expected an absolute directory path")
        }
    }

    @Test func credentialsInTheURLAreRefused() {
        #expect(throws: LLMConfigurationError.self) {
            _ = try LLMConfiguration.parse(flags: ["llm-base-url": "https://user:pw@example.com/v1"], environment: Self.home)
        }
    }

    @Test func aKeyGivenAsAFlagIsRefusedWithoutEchoingIt() {
        do {
            _ = try LLMConfiguration.parse(flags: ["--llm-api-key": "sk-should-not-echo"], environment: Self.home)
            Issue.record("a key flag was accepted")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].contains("DOPPEL_LLM_API_KEY"))
            #expect(!error.description.contains("sk-should-not-echo"))
        }
    }

    @Test func diskCacheWithoutAnyDirectoryIsAnErrorWhenAModelIsConfigured() throws {
        let error = #expect(throws: LLMConfigurationError.self) {
            _ = try LLMConfiguration.parse(flags: ["llm-model": "m"], environment: [:])
        }
        #expect(error?.problems == ["--llm-cache disk: no cache directory: set --llm-cache-dir, XDG_CACHE_HOME or HOME"])
        #expect(throws: Never.self) { _ = try LLMConfiguration.parse(flags: ["llm-model": "m", "llm-cache": "memory"], environment: [:]) }
        // With no model nothing is cached, so a daemon started without HOME still starts.
        let offline = try LLMConfiguration.parse(flags: [:], environment: [:])
        #expect(!offline.isConfigured && offline.cacheDirectory == nil)
    }

    @Test func openAIEndpointIsRecognisedByHost() {
        #expect(LLMConfiguration.isOpenAIHost("https://api.openai.com/v1"))
        #expect(LLMConfiguration.isOpenAIHost("https://API.OpenAI.com:443/v1"))
        #expect(!LLMConfiguration.isOpenAIHost("https://api.openai.com.evil.example/v1"))
        #expect(!LLMConfiguration.isOpenAIHost("http://localhost:8080/v1"))
    }

    @Test func everyOptionHasAFlagAndAVariable() {
        #expect(LLMConfiguration.options.count == Set(LLMConfiguration.options.map(\.flag)).count)
        #expect(LLMConfiguration.options.allSatisfy { $0.flag.hasPrefix("llm-") && $0.environment.hasPrefix("DOPPEL_LLM_") })
    }
}

@Suite struct APIKeyTests {
    @Test func neverPrintsItself() {
        let key = APIKey("sk-live-1234567890abcdef")!
        #expect("\(key)" == "APIKey(redacted)")
        #expect(String(describing: key) == "APIKey(redacted)")
        #expect(String(reflecting: key) == "APIKey(redacted)")
        var dumped = ""
        dump(key, to: &dumped)
        #expect(!dumped.contains("1234567890"))
        #expect(!String(describing: Optional(key)).contains("1234567890"))
        #expect(!String(describing: LLMConfiguration(apiKey: key)).contains("1234567890"))
        #expect(key.hasPrefix("sk-"))
        #expect(key.withSecret { $0 } == "sk-live-1234567890abcdef")
    }

    @Test func blankIsNoKey() {
        #expect(APIKey("   ") == nil)
        #expect(APIKey("") == nil)
    }

    @Test func redactionRemovesTheKeyAndKeyShapedTokens() {
        let key = APIKey("local-secret-token")!
        let text = "bad key local-secret-token; also Incorrect API key provided: sk-proj-AbC123_xyz. Fine."
        let out = text.redacted(key: key)
        #expect(!out.contains("local-secret-token"))
        #expect(!out.contains("sk-proj"))
        #expect(out.contains("[redacted]"))
        #expect(out.hasSuffix("Fine."))
    }
}

