import DoppelCore
import DoppelJSON

/// A prompt turned into a schema, as `schema.plan` and `generate` use it.
public struct PlanOutcome: Sendable {
    /// The planner's full result (schema, warnings, which entities the prompt named).
    public var result: PlanResult
    /// True when the plan came from the schema cache.
    public var cached: Bool
    /// Which planner made it: `builtin` or `llm`.
    public var planner: String

    public var schema: Schema { result.schema }
    public var warnings: [String] { result.warnings }
}

/// The daemon's one way from a prompt to a schema: the planner behind the
/// schema cache (an LRU with a byte budget, shown in `status.caches.schemaPlans`).
///
/// Every caller (`schema.plan`, `generate`, `generate_data`) goes through
/// `plan(_:settings:params:)`, so the cache, the planner choice and their
/// figures are the same for all of them.
public final class PlanningService: StatusContributor, Sendable {
    public let cache: PlanCache

    public init(byteBudget: Int = 8 << 20) {
        cache = PlanCache(byteBudget: byteBudget)
    }

    /// The schema for `prompt`, from the cache when the same normalized prompt
    /// and settings were planned before. `params` is the request's, for
    /// planner options it may carry.
    public func plan(_ prompt: String, settings: PlannerSettings, params: Params) async throws -> PlanOutcome {
        let (result, cached) = cache.plan(prompt, planner: Planner(settings: settings))
        return PlanOutcome(result: result, cached: cached, planner: "builtin")
    }

    public var statusKey: StatusKey { .cache("schemaPlans") }

    public func statusFigures() -> JSON {
        let s = cache.stats
        return ["hits": .int(Int64(s.hits)), "misses": .int(Int64(s.misses)), "entries": .int(Int64(s.entries)),
                "bytes": .int(Int64(s.bytes)), "evictions": .int(Int64(s.evictions)), "budget": .int(Int64(s.budget))]
    }
}

extension DaemonServices {
    /// The daemon's planning service, created on first use.
    public var planning: PlanningService {
        shared(PlanningService.self) { PlanningService() }
    }
}
