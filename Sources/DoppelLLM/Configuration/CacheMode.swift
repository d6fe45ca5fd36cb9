/// Where model answers are kept between identical requests (`--llm-cache`).
public enum CacheMode: String, Sendable, Equatable, CaseIterable {
    /// No response cache; identical requests in flight together still share one call.
    case off
    /// An in-memory LRU only; lost when the daemon stops.
    case memory
    /// The in-memory LRU in front of an append-only log on disk, loaded at start.
    case disk
}
