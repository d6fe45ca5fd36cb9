import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

extension DaemonMethod {
    /// `tickets.generate` {product, count, priorityMix?, channels?, seed?, text_source?, api_key?, stream?}
    /// → `[{id, subject, body, priority, category, status, channel, customer_name, customer_email,
    /// created_at, first_response_at, resolved_at}, …]`.
    public static let ticketsGenerate = DaemonMethod(
        "tickets.generate", summary: "Customer support tickets with ordered times and an exact priority mix", run: { request in
            let fallback = TextMethods.seed(for: request)
            let parsed = try TicketRequest(params: request.params.json, defaultSeed: fallback)
            TextMethods.announce(parsed.seed, for: request)
            guard let source = try TextMethods.source(parsed.textSource, for: request) else {
                return try await TextMethods.builtIn("tickets.generate", seed: fallback, for: request)
            }
            let slots = try await request.compute { TicketGenerator.slots(for: parsed) }
            let texts = try await source.ticketTexts(for: slots, request: parsed)
            let items = try await request.compute {
                TicketGenerator.assemble(parsed, slots: slots, texts: texts).map(\.json)
            }
            try await TextMethods.stream(items, for: request)
            return .array(items)
        })
}
