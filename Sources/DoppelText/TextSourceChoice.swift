import DoppelProtocol

/// Where a text method's words come from (`text_source`): the configured
/// model or the built-in engine.
///
/// The core only records the choice; the server routes it (the LLM backend
/// implements `TextSource`). Every text method accepts it, with `api_key`.
public enum TextSourceChoice: String, CaseIterable, Sendable {
    /// The model when one is configured, else the built-in engine; failures
    /// other than a malformed key fall back to the built-in engine. The default.
    case auto
    /// The model, or an error when none is configured or it refuses the key or the budget is spent.
    case llm
    /// The built-in engine; never calls a model.
    case builtin

    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension ParamReader {
    /// Members every text method accepts besides its own.
    static let textSourceMembers = ["text_source", "api_key"]

    /// Reads `text_source` (default auto) and checks that `api_key`, when
    /// given, is a non-empty string. The key itself is never kept here: the
    /// server reads it, so it stays out of every value the core describes.
    mutating func textSource() -> TextSourceChoice {
        if has("api_key") { _ = string("api_key", required: false) }
        return choice("text_source", accepted: TextSourceChoice.acceptedList, default: TextSourceChoice.auto) {
            TextSourceChoice(rawValue: $0.lowercased())
        } ?? .auto
    }
}
