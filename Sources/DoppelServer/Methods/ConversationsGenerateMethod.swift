import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

extension DaemonMethod {
    /// `conversations.generate` {prompt, count, turns, seed?, text_source?, api_key?, stream?}
    /// → `[{"conv_prefix": [{role, content}, …], "response": {role: "assistant", content}}, …]`.
    public static let conversationsGenerate = DaemonMethod(
        "conversations.generate", summary: "Chat conversations on the scenario a prompt describes", run: { request in
            let fallback = TextMethods.seed(for: request)
            let parsed = try ConversationRequest(params: request.params.json, defaultSeed: fallback)
            TextMethods.announce(parsed.seed, for: request)
            guard let source = try TextMethods.source(parsed.textSource, for: request) else {
                return try await TextMethods.builtIn("conversations.generate", seed: fallback, for: request)
            }
            let slots = try await request.compute { ConversationGenerator.slots(for: parsed) }
            let texts = try await source.conversationTexts(for: slots, request: parsed)
            let items = try await request.compute {
                ConversationGenerator.assemble(parsed, slots: slots, texts: texts).map(\.json)
            }
            try await TextMethods.stream(items, for: request)
            return .array(items)
        })
}
