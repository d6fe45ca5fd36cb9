import DoppelJSON
import DoppelLLM
import Foundation
import DoppelText
import DoppelEngine

/// The daemon's LLM backend: the one shared `LLMService` — created only when
/// a model is configured, so an offline daemon opens no cache file and
/// touches no network — and its `status` section.
///
/// `status.llm` shows the settings (never the key: `api_key` is `set` or
/// `unset`) and the figures; `status.caches.llmResponses` the response cache's.
public final class LLMBackend: StatusContributor, Sendable {
    public let configuration: LLMConfiguration
    /// Nil when no model is configured.
    public let service: LLMService?
    let log: Logger

    public init(configuration: LLMConfiguration, log: Logger) {
        self.configuration = configuration
        self.log = log
        // Warnings name paths and causes, never keys (see DoppelLLM's KeyLeakTests).
        // http:// endpoints (local servers) go through the socket client, which
        // waits without spinning; https:// through URLSession, which speaks TLS.
        service = configuration.isConfigured
            ? LLMService(configuration: configuration, transport: EndpointTransport.standard, warn: { log.warning($0) }) : nil
    }

    /// True when a model is configured: `auto` text uses it.
    public var isConfigured: Bool { service != nil }

    public var statusKey: StatusKey { .section("llm") }

    public func statusFigures() -> JSON {
        service?.statusJSON()
            ?? LLMStatus.idle(configuration: configuration, now: Date().timeIntervalSince1970).json(configuration: configuration)
    }

    /// The response cache's figures for `status.caches.llmResponses`.
    func cacheFigures() -> JSON {
        guard let s = service?.cache.statistics else { return [:] }
        return ["mode": .string(configuration.cacheMode.rawValue), "entries": .int(s.memoryEntries), "hits": .int(s.hits),
                "misses": .int(s.misses), "bytes": .int(s.bytesHeld), "diskEntries": .int(s.diskEntries)]
    }

    /// One line for the start-up log: what is configured, never the key.
    var summary: String {
        guard let model = configuration.model else { return "LLM: no model configured; text comes from the built-in engine" }
        var cache = configuration.cacheMode.rawValue
        if configuration.cacheMode == .disk, let dir = configuration.cacheDirectory { cache += " in \(dir)" }
        return "LLM: model \(model) at \(configuration.baseURL) (cache \(cache), API key \(configuration.apiKey == nil ? "unset" : "set"))"
    }
}
