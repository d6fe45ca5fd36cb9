import DoppelJSON
import DoppelText
import DoppelEngine

/// Everything the LLM backend needs to know: where the model is, which one,
/// with what key, how patiently to call it, where its answers are kept and
/// how much it may spend per day.
///
/// Build it with `LLMConfiguration.parse(flags:environment:)` from the
/// daemon's flags and environment in one call; the default value talks to
/// nobody (`model` is nil, so `isConfigured` is false).
public struct LLMConfiguration: Sendable {
    public static let defaultBaseURL = "https://api.openai.com/v1"
    public static let defaultTimeout = 60.0
    public static let defaultMemoryCacheBytes = 32 << 20
    public static let defaultDiskCacheBytes = 256 << 20
    public static let defaultTextPoolSize = 50
    /// Requests in flight at once to an endpoint on another machine (a hosted API serves many).
    public static let defaultRemoteConcurrency = 4
    /// Bytes of one answer read at most: a JSON answer of thousands of items fits in far less.
    public static let defaultMaxResponseBytes = 8 << 20

    /// The OpenAI-compatible API root, without a trailing slash; requests go to `{baseURL}/chat/completions`.
    public var baseURL: String
    /// The model name sent with every request; nil means no model is configured.
    public var model: String?
    /// The daemon-wide key, from `DOPPEL_LLM_API_KEY` or `OPENAI_API_KEY`; a request may bring its own.
    public var apiKey: APIKey?
    /// Seconds one HTTP exchange may take in all: connecting, sending, and
    /// the last byte of the answer (a retry gets its own).
    public var timeout: Double
    /// Requests in flight to the endpoint at once; nil: 1 for a loopback
    /// endpoint (a local server answers one at a time, and queued requests
    /// would time out behind a slow one), else `defaultRemoteConcurrency`.
    public var maxConcurrency: Int?
    /// Bytes of one answer read at most; past it the answer is cut off (`LLM_BAD_RESPONSE`).
    public var maxResponseBytes: Int = LLMConfiguration.defaultMaxResponseBytes
    /// Ask for `stream: true` (server-sent events); a server that refuses it is asked again without.
    public var streaming: Bool = true
    public var retry: RetryPolicy
    public var cacheMode: CacheMode
    /// The directory of the on-disk response log (used when `cacheMode == .disk`).
    public var cacheDirectory: String?
    /// Byte budget of the in-memory LRU.
    public var memoryCacheBytes: Int
    /// Byte budget of the on-disk log's live records; compaction drops the oldest beyond it.
    public var diskCacheBytes: Int
    /// Distinct texts the model writes per free-text field.
    public var textPoolSize: Int
    /// Upstream requests allowed per UTC day; nil: no limit.
    public var maxRequestsPerDay: Int?
    /// Tokens (prompt + completion) allowed per UTC day; nil: no limit.
    public var maxTokensPerDay: Int?
    /// Where the day's spend is kept across restarts (used only when a limit is set).
    public var budgetFile: String?

    public init(baseURL: String = LLMConfiguration.defaultBaseURL, model: String? = nil, apiKey: APIKey? = nil,
                timeout: Double = LLMConfiguration.defaultTimeout, retry: RetryPolicy = RetryPolicy(),
                cacheMode: CacheMode = .memory, cacheDirectory: String? = nil,
                memoryCacheBytes: Int = LLMConfiguration.defaultMemoryCacheBytes,
                diskCacheBytes: Int = LLMConfiguration.defaultDiskCacheBytes,
                textPoolSize: Int = LLMConfiguration.defaultTextPoolSize,
                maxRequestsPerDay: Int? = nil, maxTokensPerDay: Int? = nil, budgetFile: String? = nil) {
        self.baseURL = LLMConfiguration.trimmingTrailingSlashes(baseURL)
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
        self.retry = retry
        self.cacheMode = cacheMode
        self.cacheDirectory = cacheDirectory
        self.memoryCacheBytes = memoryCacheBytes
        self.diskCacheBytes = diskCacheBytes
        self.textPoolSize = textPoolSize
        self.maxRequestsPerDay = maxRequestsPerDay
        self.maxTokensPerDay = maxTokensPerDay
        self.budgetFile = budgetFile
    }

    /// True when a model is named: `auto` planning and text then use it.
    ///
    /// A key alone (say `OPENAI_API_KEY` exported for other tools) does not
    /// switch Doppel online; naming a model with `--llm-model` or
    /// `DOPPEL_LLM_MODEL` does.
    public var isConfigured: Bool { model != nil }

    /// True when the endpoint is on this machine (`localhost`, `127.0.0.0/8`, `::1`).
    public var isLoopbackEndpoint: Bool { EndpointURL(baseURL)?.isLoopback ?? false }

    /// Requests in flight at once: the configured limit, else the default for the endpoint.
    public var effectiveConcurrency: Int { maxConcurrency ?? (isLoopbackEndpoint ? 1 : LLMConfiguration.defaultRemoteConcurrency) }

    /// True when the base URL is OpenAI's own API, whose keys start with `sk-`.
    public var isOpenAIEndpoint: Bool { LLMConfiguration.isOpenAIHost(baseURL) }

    /// The URL the client posts to.
    public var chatCompletionsURL: String { baseURL + "/chat/completions" }

    static func trimmingTrailingSlashes(_ url: String) -> String {
        var s = url.trimmingWhitespace()
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    static func isOpenAIHost(_ url: String) -> Bool {
        guard let rest = url.range(of: "://").map({ url[$0.upperBound...] }) else { return false }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return host == "api.openai.com"
    }
}

extension LLMConfiguration {
    /// The settings as `status` shows them: never the key, only whether one is set.
    public var statusJSON: JSON {
        var o = JSONObject()
        o.appendUnique("configured", .bool(isConfigured))
        o.appendUnique("base_url", .string(baseURL))
        o.appendUnique("model", model.map(JSON.string) ?? .null)
        o.appendUnique("api_key", .string(apiKey == nil ? "unset" : "set"))
        o.appendUnique("timeout_seconds", .double(timeout))
        o.appendUnique("max_retries", .int(retry.maxRetries))
        o.appendUnique("max_concurrency", .int(effectiveConcurrency))
        o.appendUnique("max_response_bytes", .int(maxResponseBytes))
        o.appendUnique("stream", .bool(streaming))
        o.appendUnique("cache", .string(cacheMode.rawValue))
        o.appendUnique("cache_dir", cacheMode == .disk ? cacheDirectory.map(JSON.string) ?? .null : .null)
        o.appendUnique("text_pool_size", .int(textPoolSize))
        o.appendUnique("max_requests_per_day", maxRequestsPerDay.map { JSON.int($0) } ?? .null)
        o.appendUnique("max_tokens_per_day", maxTokensPerDay.map { JSON.int($0) } ?? .null)
        return .object(o)
    }
}
