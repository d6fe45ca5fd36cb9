import DoppelJSON

/// What to ask the model: the conversation and the sampling settings that
/// change its answer. Everything here goes into the cache key.
public struct ChatRequest: Sendable, Equatable {
    /// The shape asked of the answer (`response_format`).
    public enum ResponseFormat: Sendable, Equatable {
        /// `{"type": "json_object"}`: one JSON object, supported by OpenAI, Ollama, llama.cpp and vLLM.
        case jsonObject
        /// Free text; no `response_format` member is sent.
        case text

        var json: JSON {
            switch self {
            case .jsonObject: return ["type": "json_object"]
            case .text: return ["type": "text"]
            }
        }
    }

    public var messages: [ChatMessage]
    /// Overrides the configured model for this request (`model_id` in some contracts).
    public var model: String?
    public var temperature: Double?
    public var responseFormat: ResponseFormat
    /// Sent as `seed` so endpoints that honour it answer reproducibly.
    public var seed: Int?
    /// Sent as `max_tokens`: the answer's length bound, sized to the task, so
    /// a model that loops stops instead of filling its context while every
    /// later request waits behind it.
    public var maxTokens: Int?

    public init(messages: [ChatMessage], model: String? = nil, temperature: Double? = nil,
                responseFormat: ResponseFormat = .jsonObject, seed: Int? = nil, maxTokens: Int? = nil) {
        self.messages = messages
        self.model = model
        self.temperature = temperature
        self.responseFormat = responseFormat
        self.seed = seed
        self.maxTokens = maxTokens
    }

    /// The `POST /chat/completions` body for `model`; `stream` asks for server-sent events.
    func body(model: String, stream: Bool = false) -> JSON {
        var o = JSONObject()
        o.appendUnique("model", .string(model))
        o.appendUnique("messages", .array(messages.map(\.json)))
        if let temperature { o.appendUnique("temperature", .double(temperature)) }
        if responseFormat == .jsonObject { o.appendUnique("response_format", responseFormat.json) }
        if let seed { o.appendUnique("seed", .int(seed)) }
        if let maxTokens { o.appendUnique("max_tokens", .int(maxTokens)) }
        if stream {
            o.appendUnique("stream", true)
            // OpenAI, vLLM and llama-server then send `usage` in a last chunk; without it the budget sees no prompt tokens.
            o.appendUnique("stream_options", ["include_usage": true])
        }
        return .object(o)
    }
}
