import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM

extension PlanningService {
    /// Plans with the model: the built-in planner's draft as a hint, the
    /// engine's validator as the check, one repair, and the draft itself (with
    /// a warning) when the model does not give a valid schema.
    ///
    /// Only schemas the model made are cached here, under a key naming the
    /// route, endpoint and model (never the key). A fallback is not cached:
    /// the model may answer next time (and its answers are in the response
    /// cache, so asking again costs nothing when it was the answer at fault).
    func planWithModel(_ prompt: String, settings: PlannerSettings, service: LLMService, key: APIKey?,
                       use: LLMUse) async throws -> PlanOutcome {
        let cacheKey = PlanCache.Key(prompt: prompt, settingsKey: Self.modelSettingsKey(settings, service.configuration))
        if let hit = cache.lookup(cacheKey) { return PlanOutcome(result: hit, cached: true, planner: "llm") }

        let draft = Planner(settings: settings).plan(prompt)
        let planner = LLMSchemaPlanner(model: service, validator: Self.validate,
                                       kinds: KindCatalogue.entries.map(\.name))
        let outcome = try await planner.plan(prompt: prompt, draft: draft.schema.json,
                                             requirements: Self.requirements(draft, prompt: prompt), apiKey: key, use: use)
        switch outcome {
        case let .planned(json, _, warnings):
            guard case let .success(schema) = Schema.decode(json) else {
                // The validator accepted it, so it decodes; kept as a fallback rather than a trap.
                return fallback(draft, "The LLM planner's schema could not be read; used the built-in planner")
            }
            let result = Self.modelResult(schema, json: json, draft: draft, settings: settings, warnings: warnings)
            cache.insert(result, for: cacheKey)
            return PlanOutcome(result: result, cached: false, planner: "llm")
        case let .fallback(warning):
            return fallback(draft, warning)
        }
    }

    private func fallback(_ draft: PlanResult, _ warning: String) -> PlanOutcome {
        var result = draft
        result.warnings.append(warning)
        return PlanOutcome(result: result, cached: false, planner: "builtin")
    }

    /// The plan cache's settings text for the model route: the built-in
    /// planner's settings (its draft is part of the prompt) plus the endpoint and model.
    static func modelSettingsKey(_ settings: PlannerSettings, _ configuration: LLMConfiguration) -> String {
        settings.cacheKey + ";route=llm;base=\(configuration.baseURL);model=\(configuration.model ?? "-")"
    }

    /// What the model's schema must keep of the draft: the entities the
    /// prompt named, and for those it listed with columns, the columns whose
    /// names the prompt spells (not the keys and stamps the planner adds).
    static func requirements(_ draft: PlanResult, prompt: String) -> PlanRequirements {
        let spelled = Set(prompt.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init))
        var columns: [String: [String]] = [:]
        for (name, origin) in draft.origins where origin == .listed {
            guard let entity = draft.schema.entities.first(where: { $0.name == name }) else { continue }
            columns[name] = entity.fields.map(\.name).filter { spelled.contains($0.lowercased()) }
        }
        return PlanRequirements(entities: draft.namedEntities, columns: columns)
    }

    /// The engine's validator: every problem decoding and resolving would report.
    @Sendable static func validate(_ json: JSON) -> [String] {
        switch Schema.plan(from: json) {
        case .success: return []
        case let .failure(error): return error.problems.map(\.description)
        }
    }

    /// The model's schema as a plan result: the request's seed and locale
    /// where it gave none, and the draft's account of which entities the
    /// prompt named (entities only the model added count as implied).
    static func modelResult(_ schema: Schema, json: JSON, draft: PlanResult, settings: PlannerSettings,
                            warnings: [String]) -> PlanResult {
        var schema = schema
        if let seed = settings.seed { schema.seed = seed }
        if json["locale"] == nil { schema.locale = settings.locale }
        let draftOrigins = Dictionary(draft.origins.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let origins = schema.entities.map { ($0.name, draftOrigins[$0.name] ?? EntityOrigin.implied) }
        let names = Set(schema.entities.map(\.name))
        return PlanResult(schema: schema, warnings: warnings, origins: origins, domain: draft.domain,
                          rowsFromPrompt: draft.rowsFromPrompt.filter { names.contains($0) })
    }
}
