import DoppelJSON

/// Tokens one completion used, as the endpoint's `usage` reports them.
public struct TokenUsage: Sendable, Equatable {
    public var promptTokens: Int
    public var completionTokens: Int

    public init(promptTokens: Int = 0, completionTokens: Int = 0) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    public var total: Int { promptTokens + completionTokens }
}

/// The model's answer to a `ChatRequest`.
public struct ChatCompletion: Sendable, Equatable {
    /// The first choice's message content.
    public var content: String
    /// What the upstream call cost; a cached answer reports what it cost when it was made.
    public var usage: TokenUsage
    /// True when the answer came from the response cache, not from the model.
    public var fromCache: Bool
    /// The first choice's `finish_reason` when the endpoint gave one: `"length"` means the
    /// answer stopped at `max_tokens`.
    public var finishReason: String?

    public init(content: String, usage: TokenUsage = TokenUsage(), fromCache: Bool = false, finishReason: String? = nil) {
        self.content = content
        self.usage = usage
        self.fromCache = fromCache
        self.finishReason = finishReason
    }

    /// True when the model stopped because it reached `max_tokens`, not because it was done.
    public var wasCutOff: Bool { finishReason == "length" }

    /// Reads a chat-completions response body; nil when it has no first choice with text content.
    static func decode(_ json: JSON) -> ChatCompletion? {
        guard let choice = json["choices"]?[0], let content = choice["message"]?["content"]?.stringValue else { return nil }
        let usage = json["usage"]
        return ChatCompletion(content: content,
                              usage: TokenUsage(promptTokens: max(0, usage?["prompt_tokens"]?.intValue ?? 0),
                                                completionTokens: max(0, usage?["completion_tokens"]?.intValue ?? 0)),
                              finishReason: choice["finish_reason"]?.stringValue)
    }
}
