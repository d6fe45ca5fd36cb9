import DoppelJSON

/// What the text methods (`feedback.generate`, `tickets.generate`,
/// `interviews.generate`, `conversations.generate`, `synth_data.generate`) share.
enum TextMethods {
    /// The seed when a request gives none: fixed, so a request without one is
    /// still answered the same every time (documented in PROTOCOL.md).
    static let defaultSeed: UInt64 = 0

    /// With `"stream": true`, sends each item as its own `$/chunk` before the reply.
    static func stream(_ items: [JSON], for request: RequestContext) async throws {
        guard request.streaming else { return }
        for item in items { try await request.chunk(items: [item]) }
    }
}
