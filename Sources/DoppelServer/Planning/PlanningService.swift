import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM

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

/// The daemon's one way from a prompt to a schema: the built-in planner or
/// the model (`planner`: `auto`, `llm`, `builtin`), behind the schema cache
/// (an LRU with a byte budget, shown in `status.caches.schemaPlans`).
///
/// Every caller (`schema.plan`, `generate`, `generate_data`) goes through
/// `plan(_:settings:params:)`, so the cache, the planner choice, the key
/// checks and their figures are the same for all of them.
public final class PlanningService: StatusContributor, Sendable {
    public let cache: PlanCache
    /// The model, when the daemon has one; nil plans with the built-in planner only.
    let llm: LLMBackend?

    /// - Parameters:
    ///   - byteBudget: most bytes the plan cache holds (`--plan-cache-bytes`).
    ///   - llm: the daemon's LLM backend, for `planner` `llm` and `auto`.
    public init(byteBudget: Int = PlanningService.defaultByteBudget, llm: LLMBackend? = nil) {
        cache = PlanCache(byteBudget: byteBudget)
        self.llm = llm
    }

    /// The plan cache's default byte budget.
    public static let defaultByteBudget = 8 << 20

    /// The schema for `prompt`, from the cache when the same normalized prompt,
    /// settings and planner route were planned before.
    ///
    /// `params` is the request's: `planner` (`auto` by default) chooses the
    /// planner and `api_key` is the key for the model. Both are checked here,
    /// so every method that plans accepts them the same way.
    ///
    /// - Throws: −32602 for a bad `planner` or `api_key`; `INVALID_API_KEY`
    ///   for a malformed key for OpenAI's endpoint; `LLM_NOT_CONFIGURED` for
    ///   `planner: "llm"` without a model; with `llm`, `UNAUTHORIZED` and
    ///   `RATE_LIMIT_EXCEEDED` from upstream. Other model failures fall back to
    ///   the built-in planner with a warning.
    func plan(_ prompt: String, settings: PlannerSettings, model: ModelChoice) async throws -> PlanOutcome {
        let mode = model.planner, key = model.key
        let route = try mode.route(llmConfigured: llm?.isConfigured ?? false)
        if route == .model, let llm, let service = llm.service {
            return try await planWithModel(prompt, settings: settings, service: service, key: key,
                                           use: mode == .llm ? .required : .preferred)
        }
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
