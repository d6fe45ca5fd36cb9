import Foundation
import DoppelText
import DoppelEngine

extension LLMConfiguration {
    /// One setting: its flag, its environment variable, and what `--help` says.
    public struct Option: Sendable, Equatable {
        /// The flag without dashes, e.g. `llm-model`.
        public let flag: String
        public let environment: String
        public let help: String
    }

    /// Every flag and variable `parse` reads, for the daemon's argument parser and `--help`.
    ///
    /// The key has no flag on purpose: a command line is visible to every
    /// user on the machine (`ps`), so keys come from the environment only.
    public static let options: [Option] = [
        Option(flag: "llm-base-url", environment: "DOPPEL_LLM_BASE_URL",
               help: "OpenAI-compatible API root (default \(defaultBaseURL))"),
        Option(flag: "llm-model", environment: "DOPPEL_LLM_MODEL", help: "model name; naming one turns the LLM on"),
        Option(flag: "llm-timeout", environment: "DOPPEL_LLM_TIMEOUT",
               help: "seconds one HTTP exchange may take in all, connect to last byte (default \(Int(defaultTimeout)))"),
        Option(flag: "llm-max-retries", environment: "DOPPEL_LLM_MAX_RETRIES",
               help: "retries on 429 and 5xx (default 3)"),
        Option(flag: "llm-retry-base-delay", environment: "DOPPEL_LLM_RETRY_BASE_DELAY",
               help: "seconds before the first retry; doubles each time (default 0.5)"),
        Option(flag: "llm-retry-max-delay", environment: "DOPPEL_LLM_RETRY_MAX_DELAY",
               help: "cap on one backoff, seconds (default 30)"),
        Option(flag: "llm-max-concurrency", environment: "DOPPEL_LLM_MAX_CONCURRENCY",
               help: "requests in flight to the endpoint at once (default 1 for a loopback endpoint, else \(defaultRemoteConcurrency))"),
        Option(flag: "llm-max-response-mb", environment: "DOPPEL_LLM_MAX_RESPONSE_MB",
               help: "bytes read from one answer at most, MiB; a longer one is cut off (default \(defaultMaxResponseBytes >> 20))"),
        Option(flag: "llm-stream", environment: "DOPPEL_LLM_STREAM",
               help: "on|off: ask for server-sent events, falling back when refused (default on)"),
        Option(flag: "llm-cache", environment: "DOPPEL_LLM_CACHE", help: "off|memory|disk (default disk)"),
        Option(flag: "llm-cache-dir", environment: "DOPPEL_LLM_CACHE_DIR",
               help: "response log directory (default $XDG_CACHE_HOME/doppel/llm, else ~/.cache/doppel/llm)"),
        Option(flag: "llm-cache-memory-mb", environment: "DOPPEL_LLM_CACHE_MEMORY_MB",
               help: "in-memory response cache budget, MiB (default \(defaultMemoryCacheBytes >> 20))"),
        Option(flag: "llm-cache-disk-mb", environment: "DOPPEL_LLM_CACHE_DISK_MB",
               help: "on-disk response log budget, MiB (default \(defaultDiskCacheBytes >> 20))"),
        Option(flag: "llm-text-pool-size", environment: "DOPPEL_LLM_TEXT_POOL_SIZE",
               help: "distinct texts the model writes per free-text field (default \(defaultTextPoolSize))"),
        Option(flag: "llm-max-requests-per-day", environment: "DOPPEL_LLM_MAX_REQUESTS_PER_DAY",
               help: "upstream requests allowed per UTC day (default unlimited)"),
        Option(flag: "llm-max-tokens-per-day", environment: "DOPPEL_LLM_MAX_TOKENS_PER_DAY",
               help: "tokens allowed per UTC day (default unlimited)"),
        Option(flag: "llm-budget-file", environment: "DOPPEL_LLM_BUDGET_FILE",
               help: "the day's spend, kept across restarts (default $XDG_STATE_HOME/doppel/llm-budget.json, else ~/.local/state/doppel/llm-budget.json)"),
    ]

    /// Environment variables holding the daemon-wide key, first found wins.
    public static let keyVariables = ["DOPPEL_LLM_API_KEY", "OPENAI_API_KEY"]

    /// Reads the settings from flags (`"llm-model"` or `"--llm-model"` → value)
    /// and the environment; a flag beats its variable. Flags that are not
    /// LLM settings are ignored, so the daemon can pass all of its own.
    ///
    /// - Throws: `LLMConfigurationError` listing every bad value at once.
    public static func parse(flags: [String: String], environment: [String: String]) throws(LLMConfigurationError) -> LLMConfiguration {
        var reader = SettingReader(flags: flags, environment: environment)
        var config = LLMConfiguration()

        if let url = reader.value("llm-base-url") {
            if let problem = baseURLProblem(url.text) {
                reader.problems.append("\(url.source): \(problem), got \"\(url.text)\"")
            } else {
                config.baseURL = trimmingTrailingSlashes(url.text)
            }
        }
        if let model = reader.value("llm-model") {
            let name = model.text.trimmingWhitespace()
            if name.isEmpty { reader.problems.append("\(model.source): expected a model name, got an empty value") }
            else { config.model = name }
        }
        for variable in keyVariables {
            if let text = environment[variable], let key = APIKey(text) {
                config.apiKey = key
                break
            }
        }
        for flag in flags.keys where normalized(flag).contains("api-key") {
            // Say where keys go without echoing the value.
            reader.problems.append("--\(normalized(flag)): keys are not taken as flags (the process list shows them); set DOPPEL_LLM_API_KEY")
        }
        config.timeout = reader.number("llm-timeout", range: 0.001...86_400, default: defaultTimeout)
        config.retry.maxRetries = reader.integer("llm-max-retries", range: 0...20) ?? config.retry.maxRetries
        config.retry.baseDelay = reader.number("llm-retry-base-delay", range: 0...3_600, default: config.retry.baseDelay)
        config.retry.maxDelay = reader.number("llm-retry-max-delay", range: 0...3_600, default: config.retry.maxDelay)

        config.maxConcurrency = reader.integer("llm-max-concurrency", range: 1...64)
        if let mb = reader.integer("llm-max-response-mb", range: 1...1_024) { config.maxResponseBytes = mb << 20 }
        if let stream = reader.value("llm-stream") {
            switch stream.text.trimmingWhitespace().lowercased() {
            case "on", "true", "1": config.streaming = true
            case "off", "false", "0": config.streaming = false
            default: reader.problems.append("\(stream.source): expected on or off, got \"\(stream.text)\"")
            }
        }

        config.cacheMode = .disk
        if let mode = reader.value("llm-cache") {
            if let m = CacheMode(rawValue: mode.text.trimmingWhitespace().lowercased()) { config.cacheMode = m } else {
                reader.problems.append("\(mode.source): expected one of off, memory, disk, got \"\(mode.text)\"")
            }
        }
        if let dir = reader.value("llm-cache-dir") {
            if dir.text.hasPrefix("/") { config.cacheDirectory = dir.text } else {
                reader.problems.append("\(dir.source): expected an absolute directory path, got \"\(dir.text)\"")
            }
        } else {
            config.cacheDirectory = defaultCacheDirectory(environment: environment)
        }
        // Only a configured model needs the directory: a daemon with no model must start without HOME too.
        if config.isConfigured && config.cacheMode == .disk && config.cacheDirectory == nil && reader.value("llm-cache-dir") == nil {
            reader.problems.append("--llm-cache disk: no cache directory: set --llm-cache-dir, XDG_CACHE_HOME or HOME")
        }
        if let mb = reader.integer("llm-cache-memory-mb", range: 0...1_048_576) { config.memoryCacheBytes = mb << 20 }
        if let mb = reader.integer("llm-cache-disk-mb", range: 0...1_048_576) { config.diskCacheBytes = mb << 20 }
        config.textPoolSize = reader.integer("llm-text-pool-size", range: 1...10_000) ?? defaultTextPoolSize
        config.maxRequestsPerDay = reader.integer("llm-max-requests-per-day", range: 0...Int(Int32.max))
        config.maxTokensPerDay = reader.integer("llm-max-tokens-per-day", range: 0...Int.max)
        if let file = reader.value("llm-budget-file") {
            if file.text.hasPrefix("/") { config.budgetFile = file.text } else {
                reader.problems.append("\(file.source): expected an absolute file path, got \"\(file.text)\"")
            }
        } else {
            config.budgetFile = defaultBudgetFile(environment: environment)
        }

        if !reader.problems.isEmpty { throw LLMConfigurationError(problems: reader.problems) }
        return config
    }

    /// `$XDG_CACHE_HOME/doppel/llm`, else `$HOME/.cache/doppel/llm`; the XDG
    /// spec says a relative `XDG_CACHE_HOME` is to be ignored.
    public static func defaultCacheDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return join(xdg, "doppel/llm") }
        if let home = environment["HOME"], home.hasPrefix("/") { return join(home, ".cache/doppel/llm") }
        return nil
    }

    /// `$XDG_STATE_HOME/doppel/llm-budget.json`, else `$HOME/.local/state/doppel/llm-budget.json`.
    public static func defaultBudgetFile(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return join(xdg, "doppel/llm-budget.json") }
        if let home = environment["HOME"], home.hasPrefix("/") { return join(home, ".local/state/doppel/llm-budget.json") }
        return nil
    }

    private static func join(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }

    /// Why `text` is not a usable API root, or nil when it is.
    static func baseURLProblem(_ text: String) -> String? {
        guard let url = URL(string: text.trimmingWhitespace()), let scheme = url.scheme?.lowercased() else {
            return "expected an http(s) URL such as http://localhost:11434/v1"
        }
        guard scheme == "http" || scheme == "https" else { return "expected an http or https URL" }
        guard let host = url.host, !host.isEmpty else { return "expected a URL with a host" }
        // Credentials in a URL would end up in `status` and error messages.
        if url.user != nil || url.password != nil {
            return "expected no user or password in the URL (put the key in DOPPEL_LLM_API_KEY)"
        }
        if url.query != nil || url.fragment != nil { return "expected a URL without a query or fragment" }
        return nil
    }

    static func normalized(_ flag: String) -> String {
        var f = Substring(flag)
        while f.hasPrefix("-") { f = f.dropFirst() }
        return String(f)
    }
}

/// Looks settings up flag-first, collecting problems as it goes.
private struct SettingReader {
    struct Setting {
        let text: String
        /// `--flag` or the variable's name, for messages.
        let source: String
    }

    var flags: [String: String] = [:]
    let environment: [String: String]
    var problems: [String] = []

    init(flags raw: [String: String], environment: [String: String]) {
        for (k, v) in raw { flags[LLMConfiguration.normalized(k)] = v }
        self.environment = environment
    }

    func value(_ flag: String) -> Setting? {
        if let v = flags[flag] { return Setting(text: v, source: "--\(flag)") }
        guard let option = LLMConfiguration.options.first(where: { $0.flag == flag }),
              let v = environment[option.environment], !v.trimmingWhitespace().isEmpty
        else { return nil }
        return Setting(text: v, source: option.environment)
    }

    mutating func integer(_ flag: String, range: ClosedRange<Int>) -> Int? {
        guard let s = value(flag) else { return nil }
        guard let n = Int(s.text.trimmingWhitespace()), range.contains(n) else {
            problems.append("\(s.source): expected an integer from \(range.lowerBound) to \(range.upperBound), got \"\(s.text)\"")
            return nil
        }
        return n
    }

    mutating func number(_ flag: String, range: ClosedRange<Double>, default fallback: Double) -> Double {
        guard let s = value(flag) else { return fallback }
        guard let n = Double(s.text.trimmingWhitespace()), n.isFinite, range.contains(n) else {
            problems.append("\(s.source): expected seconds from \(range.lowerBound) to \(range.upperBound), got \"\(s.text)\"")
            return fallback
        }
        return n
    }
}
