import DoppelJSON

/// Where a contributor's figures appear in the `status` result.
public enum StatusKey: Sendable, Hashable {
    /// A top-level member of the result, e.g. `"llm"`.
    case section(String)
    /// A member of `caches`, e.g. `caches.schemaPlans`.
    case cache(String)
}

/// Something that reports figures in `status` (a cache, a backend, a store).
public protocol StatusContributor: Sendable {
    var statusKey: StatusKey { get }
    /// Called on every `status` request: cheap, non-blocking, no secrets.
    func statusFigures() -> JSON
}

/// The figures `status` gathers from contributors registered at start-up, so a
/// new cache adds its section without editing the status method.
public final class StatusBoard: Sendable {
    private let contributors = Locked<[(StatusKey, @Sendable () -> JSON)]>([])

    public init() {}

    /// Adds figures under `key`; a later registration under the same key replaces the earlier one.
    public func register(_ key: StatusKey, figures: @escaping @Sendable () -> JSON) {
        contributors.withLock { list in
            list.removeAll { $0.0 == key }
            list.append((key, figures))
        }
    }

    public func register(_ contributor: some StatusContributor) {
        register(contributor.statusKey) { contributor.statusFigures() }
    }

    /// The contributed sections in registration order, and the `caches` object.
    func gather() -> (sections: [(String, JSON)], caches: JSONObject) {
        let list = contributors.current
        var sections: [(String, JSON)] = []
        var caches = JSONObject()
        for (key, figures) in list {
            switch key {
            case let .section(name): sections.append((name, figures()))
            case let .cache(name): caches[name] = figures()
            }
        }
        return (sections, caches)
    }
}
