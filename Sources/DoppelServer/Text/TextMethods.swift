import DoppelJSON
import DoppelText

/// What the text methods (`feedback.generate`, `tickets.generate`,
/// `interviews.generate`, `conversations.generate`, `synth_data.generate`) share.
enum TextMethods {
    /// The default seed for a request's reader: unused when the params carry
    /// a seed (the reader parses it, or refuses it), else one drawn fresh, so
    /// every call without a seed differs.
    static func seed(for request: RequestContext) -> UInt64 {
        givenSeed(request) ? 0 : request.services.freshSeed()
    }

    /// After the params were read: sends `$/seed {id, seed}` when the seed was
    /// drawn, before the reply, so the answer can be reproduced (PROTOCOL.md).
    static func announce(_ seed: UInt64, for request: RequestContext) {
        if !givenSeed(request) { request.announce(seed: seed) }
    }

    private static func givenSeed(_ request: RequestContext) -> Bool {
        request.params.value("seed").map { !$0.isNull } ?? false
    }

    /// The model's text source for a text method, with the request's own key, or nil for the built-in engine.
    static func source(_ choice: TextSourceChoice, for request: RequestContext) throws -> (any TextSource)? {
        let llm = request.services.llm
        return try llm.textSource(choice, key: try ModelChoice.key(request.params, llm: llm), for: request)
    }

    /// The method's reply from the built-in engine, written in a worker process (`TextJob`), each item
    /// also streamed when asked.
    static func builtIn(_ method: String, seed: UInt64, for request: RequestContext) async throws -> JSON {
        let items = try await TextJob.items(method, seed: seed, for: request)
        try await stream(items, for: request)
        return TextJob.reply(method, items: items)
    }

    /// With `"stream": true`, sends each item as its own `$/chunk` before the reply.
    static func stream(_ items: [JSON], for request: RequestContext) async throws {
        guard request.streaming else { return }
        for item in items { try await request.chunk(items: [item]) }
    }
}
