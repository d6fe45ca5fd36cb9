/// Something that answers chat requests: `LLMService`, or a stand-in in tests.
///
/// The planning and text-pool orchestration take this, not the service, so
/// they can be exercised without a network.
public protocol LLMCompleting: Sendable {
    /// Answers `request`, with `apiKey` overriding the configured key.
    ///
    /// - Throws: `RequestError` of an `LLMErrorKind`, or `CancellationError`.
    func complete(_ request: ChatRequest, apiKey: APIKey?) async throws -> ChatCompletion
}
