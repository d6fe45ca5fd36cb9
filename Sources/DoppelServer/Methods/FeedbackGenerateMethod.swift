import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

extension DaemonMethod {
    /// `feedback.generate` {productType, sentimentMix, feedbackCount, complexityLevel?, seed?, text_source?, api_key?, stream?}
    /// → `{"success": true, "data": [{id, rating, title, content, sentiment, timestamp}, …]}` (the hosted contract).
    ///
    /// Bad params: −32602 whose data is the hosted body `{success: false, error, code: "INVALID_PARAMETERS", details}` plus `kind`.
    public static let feedbackGenerate = DaemonMethod(
        "feedback.generate", summary: "Customer feedback with an exact sentiment mix (hosted contract)", run: { request in
            let fallback = TextMethods.seed(for: request)
            let parsed = try FeedbackRequest(params: request.params.json, defaultSeed: fallback)
            TextMethods.announce(parsed.seed, for: request)
            guard let source = try TextMethods.source(parsed.textSource, for: request) else {
                return try await TextMethods.builtIn("feedback.generate", seed: fallback, for: request)
            }
            let slots = FeedbackGenerator.slots(for: parsed)
            let texts = try await source.feedbackTexts(for: slots, request: parsed)
            let items = try await request.compute {
                FeedbackGenerator.assemble(parsed, slots: slots, texts: texts).map(\.json)
            }
            try await TextMethods.stream(items, for: request)
            return TextJob.reply("feedback.generate", items: items)
        })
}
