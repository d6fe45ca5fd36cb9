import DoppelLLM
import DoppelText

/// What a request says about the model, read once at the top of the method:
/// `planner`, `text_source` and `api_key`. The planning and text-pool services
/// and the text methods' sources take it as a typed argument instead of reading
/// the params again.
struct ModelChoice: Sendable {
    var planner: PlannerMode = .auto
    var textSource: TextSourceChoice = .auto
    /// The request's own key, checked against the endpoint; `APIKey` never prints it.
    var key: APIKey?

    /// Reads the three members a request may carry.
    ///
    /// - Throws: −32602 naming a member of the wrong type or value;
    ///   `INVALID_API_KEY` for a key OpenAI's endpoint would refuse.
    static func read(_ params: Params, llm: LLMBackend?) throws -> ModelChoice {
        var choice = ModelChoice()
        choice.key = try key(params, llm: llm)
        let planners = PlannerMode.allCases.map(\.rawValue)
        choice.planner = PlannerMode(rawValue: try params.choice("planner", planners, default: PlannerMode.auto.rawValue)) ?? .auto
        let sources = TextSourceChoice.allCases.map(\.rawValue)
        choice.textSource = TextSourceChoice(rawValue: try params.choice("text_source", sources, default: TextSourceChoice.auto.rawValue))
            ?? .auto
        return choice
    }

    /// The request's `api_key` alone, for the text methods, whose readers take `text_source` themselves.
    static func key(_ params: Params, llm: LLMBackend?) throws -> APIKey? {
        guard let text = try params.optionalString("api_key") else { return nil }
        return try llm?.checkedKey(text)
    }
}
