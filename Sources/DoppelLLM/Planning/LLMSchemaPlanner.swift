import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// Planning with a model: ask for a schema in Doppel's schema form, check it
/// with the engine's validator, send it back once with the problems, and
/// signal a fallback to the built-in planner when that does not give a valid
/// schema.
///
/// Its collaborators are injected — the model, the validator, the kind
/// catalogue, the form's JSON Schema — so it runs the same against the real
/// service, a loopback fixture or a stub.
public struct LLMSchemaPlanner: Sendable {
    /// Problems with a schema in JSON form; empty means valid. The engine's validator is passed in.
    public typealias Validator = @Sendable (JSON) -> [String]

    /// What planning gave.
    public enum Outcome: Sendable, Equatable {
        /// A schema the validator accepts; `repaired` when it took the second round.
        case planned(schema: JSON, repaired: Bool, warnings: [String])
        /// Use the built-in planner; `warning` says why, for the response's `warnings`.
        case fallback(warning: String)
    }

    private let model: any LLMCompleting
    private let validator: Validator
    private let formSchema: JSON
    private let kinds: [String]

    /// - Parameters:
    ///   - model: usually the daemon's `LLMService`.
    ///   - validator: the engine's schema validator.
    ///   - kinds: the engine's kind catalogue, listed in the prompt.
    ///   - formSchema: the schema form's JSON Schema; by default built from `kinds`.
    public init(model: any LLMCompleting, validator: @escaping Validator, kinds: [String] = [], formSchema: JSON? = nil) {
        self.model = model
        self.validator = validator
        self.kinds = kinds
        self.formSchema = formSchema ?? SchemaFormJSONSchema.make(kinds: kinds)
    }

    /// Plans `prompt`, with the built-in planner's `draft` as a hint.
    ///
    /// - Parameter use: `.required` for `planner: "llm"`, `.preferred` for `auto`.
    /// - Throws: the `RequestError`s `use` surfaces, and `CancellationError`;
    ///   every other failure becomes `.fallback`.
    ///   - requirements: what the schema must keep of the draft (entities and
    ///     listed columns the prompt named; a key on every table is always checked).
    public func plan(prompt: String, draft: JSON?, requirements: PlanRequirements = PlanRequirements(),
                     apiKey: APIKey? = nil, use: LLMUse = .preferred) async throws -> Outcome {
        // Temperature 0 and no seed: one prompt, one plan, cached across dataset seeds.
        let request = ChatRequest(messages: [.system(systemPrompt()), .user(userPrompt(prompt, draft: draft))],
                                  temperature: 0, responseFormat: .jsonObject,
                                  maxTokens: Self.maxTokens(draft: draft))
        let outcome: RepairingJSONExchange.Outcome
        do {
            outcome = try await RepairingJSONExchange(model: model).run(
                request, apiKey: apiKey,
                answerAgain: "Answer with the corrected schema as one JSON object in the schema form, and nothing else.",
                check: { object in
                    let schema = Self.unwrapped(object)
                    return validator(schema) + requirements.problems(schema)
                })
        } catch let error as RequestError {
            if use.surfaces(error) { throw error }
            return .fallback(warning: "The LLM planner failed (\(error.kind): \(error.message)); used the built-in planner")
        }
        switch outcome {
        case let .accepted(object, repaired, firstProblems):
            let warnings = repaired
                ? ["The LLM planner's first schema had \(Self.count(firstProblems.count, "problem")); it was repaired in a second round"]
                : []
            return .planned(schema: Self.unwrapped(object), repaired: repaired, warnings: warnings)
        case let .rejected(last: _, problems: problems):
            return .fallback(warning: "The LLM planner's schema was still unusable after one repair (\(Self.count(problems.count, "problem")), first: \(problems.first ?? "unknown")); used the built-in planner")
        }
    }

    /// The answer's length bound: room for the draft's tables and as many
    /// more, about 100 tokens a column, within what an 8k context holds beside the prompt.
    static func maxTokens(draft: JSON?) -> Int {
        let fields = (draft?["entities"]?.arrayValue ?? []).reduce(0) { $0 + ($1["fields"]?.arrayValue?.count ?? 0) }
        return min(4_000, max(1_200, 400 + 100 * fields))
    }

    /// The schema itself when a model wrapped it as `{"schema": {...}}`.
    static func unwrapped(_ object: JSONObject) -> JSON {
        if object["entities"] == nil, case let .object(inner)? = object["schema"], inner["entities"] != nil { return .object(inner) }
        return .object(object)
    }

    func systemPrompt() -> String {
        var lines = [
            "You design dataset schemas for Doppel, a synthetic data generator.",
            "Answer with exactly one JSON object in Doppel's schema form, and nothing else.",
            "- Entities are tables: a snake_case plural name, a row count (\"rows\") and fields in output order.",
            "- Give every entity a primary key field (\"primary_key\": true), usually \"id\" with kind \"id.sequence\".",
            "- A foreign key is a field with \"references\": \"entity.field\" naming a key of another entity in the same schema; put parents before children.",
            "- Enumerations use kind \"enum\" with \"values\" and, optionally, \"weights\" of the same length.",
            "- Use the counts the request gives as row counts; reference tables (categories, statuses) are small.",
            "- Prefer specific kinds (\"internet.email\", \"commerce.price\") to generic ones.",
        ]
        if !kinds.isEmpty { lines.append("- \"kind\" must be one of: " + kinds.joined(separator: " ")) }
        lines.append("The JSON Schema of the schema form:")
        lines.append(formSchema.serialized())
        return lines.joined(separator: "\n")
    }

    func userPrompt(_ prompt: String, draft: JSON?) -> String {
        var text = "Design the schema for this request:\n\(prompt)"
        if let draft {
            text += "\n\nA rule-based planner drafted the schema below. Keep what fits the request, correct what does not, and add what is missing:\n"
            text += draft.serialized()
        }
        return text
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
