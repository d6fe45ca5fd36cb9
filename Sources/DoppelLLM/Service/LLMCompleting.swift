/// Something that answers chat requests: `LLMService`, or a stand-in in tests.
///
/// The planning and text-pool orchestration take this, not the service, so
/// they can be exercised without a network.
public protocol LLMCompleting: Sendable {
    /// Answers `request`, with `apiKey` overriding the configured key.
    ///
    /// - Throws: `RequestError` of an `LLMErrorKind`, or `CancellationError`.
    func complete(_ request: ChatRequest, apiKey: APIKey?) async throws -> ChatCompletion

    /// `answer` passed every check as the answer to `request` (after a repair
    /// round, perhaps): only now may it be cached, so an unusable answer is
    /// never served again.
    func accept(_ answer: ChatCompletion, for request: ChatRequest) async

    /// The answers to `request` stayed unusable after the repair round; `problems` says why.
    func reject(_ request: ChatRequest, problems: [String]) async
}
