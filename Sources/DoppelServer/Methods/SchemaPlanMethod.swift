import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

extension DaemonMethod {
    /// `schema.plan` {prompt, planner?, seed?, api_key?} → {schema, cached, warnings, planner}.
    ///
    /// The plan comes from `services.planning`, the same way `generate` plans,
    /// so a prompt planned here is a cache hit there. Unknown words never fail:
    /// the best schema comes back with `warnings`.
    public static let schemaPlan = DaemonMethod(
        "schema.plan", summary: "Plan a schema from a plain-language prompt (built-in planner or the model)", run: { request in
            let params = request.params
            try params.rejectUnknown(allowed: SchemaPlanParams.members)
            let prompt = try SchemaPlanParams.prompt(params)
            let seed = try params.optionalInt("seed", in: 0...Int.max).map { UInt64($0) }
            let model = try ModelChoice.read(params, llm: request.services.llm)
            let outcome = try await request.services.planning.plan(prompt, settings: PlannerSettings(seed: seed), model: model)
            return .object(JSONObject([
                ("schema", outcome.schema.json),
                ("cached", .bool(outcome.cached)),
                ("warnings", .array(outcome.warnings.map(JSON.string))),
                ("planner", .string(outcome.planner)),
            ]))
        })
}

/// What `schema.plan` reads from its params besides what `PlanningService` reads.
enum SchemaPlanParams {
    static let members: Set<String> = ["prompt", "planner", "seed", "api_key"]

    /// The prompt: a string with something in it besides spaces.
    static func prompt(_ params: Params) throws -> String {
        let prompt = try params.string("prompt")
        guard prompt.contains(where: { !$0.isWhitespace }) else {
            throw params.invalid("prompt", "a non-empty description of the data, such as \"customers (id, name, email) and their orders\"",
                                 .string(prompt))
        }
        return prompt
    }
}
