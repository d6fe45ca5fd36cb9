import DoppelProtocol

/// Which planner turns a prompt into a schema (`planner`, CLI `--planner`).
public enum PlannerMode: String, Sendable, Equatable, CaseIterable {
    /// The model, or an error when none is configured.
    case llm
    /// The rule-based planner; never calls a model.
    case builtin
    /// The model when one is configured, else the rule-based planner. The default.
    case auto

    /// Where a request in this mode goes: `.model` or `.builtin`.
    ///
    /// - Throws: `LLM_NOT_CONFIGURED` for `.llm` with no model configured.
    public func route(llmConfigured: Bool) throws(RequestError) -> PlannerRoute {
        switch self {
        case .builtin: return .builtin
        case .auto: return llmConfigured ? .model : .builtin
        case .llm:
            guard llmConfigured else {
                throw LLMErrorKind.notConfigured.error(
                    "planner \"llm\" needs a model: start doppeld with --llm-model (or set DOPPEL_LLM_MODEL), or use planner \"auto\" or \"builtin\"")
            }
            return .model
        }
    }
}

/// The planner a request was routed to.
public enum PlannerRoute: Sendable, Equatable {
    case model
    case builtin
}

/// How much a caller depends on the model, deciding which failures fall back
/// to the built-in path (with a warning) and which reach the client.
public enum LLMUse: Sendable, Equatable {
    /// Asked for by name (`planner: "llm"`): failures the user must fix —
    /// no model, a bad or rejected key, a spent budget — are errors; a slow,
    /// failing or confused model falls back.
    case required
    /// Used because it is configured (`auto`, free text): everything falls back
    /// except a malformed key the request itself brought.
    case preferred

    /// True when `error` should reach the client rather than fall back.
    public func surfaces(_ error: RequestError) -> Bool {
        switch self {
        case .preferred:
            return error.llmKind == .invalidAPIKey
        case .required:
            return [LLMErrorKind.notConfigured, .invalidAPIKey, .unauthorized, .rateLimitExceeded].contains { $0 == error.llmKind }
        }
    }
}
