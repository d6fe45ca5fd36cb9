import DoppelJSON

/// `feedback.generate`: customer feedback with an exact sentiment mix.
///
/// Pure and deterministic: the same request (including `seed`) gives the same
/// response. Items are planned first (sentiment, rating, timestamp), then
/// written — by the built-in engine, or by a `TextSource` with the built-in
/// engine filling any gap.
public enum FeedbackGenerator {
    /// Checks params and returns the hosted response `{"success": true, "data": [...]}`.
    ///
    /// - Throws: `RequestError` (−32602, hosted `INVALID_PARAMETERS` body) for bad params.
    public static func generate(params: JSON?, defaultSeed: UInt64 = 0) throws -> JSON {
        response(generate(try FeedbackRequest(params: params, defaultSeed: defaultSeed)))
    }

    /// The items of a checked request, written by the built-in engine.
    public static func generate(_ request: FeedbackRequest) -> [FeedbackItem] {
        assemble(request, slots: slots(for: request), texts: [])
    }

    /// The items, with texts from `source` where it gives usable ones (non-empty, not
    /// repeating an earlier title or body) and from the built-in engine otherwise.
    public static func generate(_ request: FeedbackRequest, source: any TextSource) async throws -> [FeedbackItem] {
        let planned = slots(for: request)
        let texts = try await source.feedbackTexts(for: planned, request: request)
        return assemble(request, slots: planned, texts: texts)
    }

    /// `{"success": true, "data": [items]}`.
    public static func response(_ items: [FeedbackItem]) -> JSON {
        ["success": true, "data": .array(items.map(\.json))]
    }

    /// The plan: ids `feedback_1…`, sentiments in exact mix counts (order shuffled by
    /// seed), agreeing ratings, and ascending timestamps within the year after the anchor.
    public static func slots(for request: FeedbackRequest) -> [FeedbackSlot] {
        let counts = request.sentimentMix.counts(for: request.count)
        var sentiments: [Sentiment] = []
        for (sentiment, _) in request.sentimentMix.shares {
            sentiments += Array(repeating: sentiment, count: counts[sentiment] ?? 0)
        }
        var rng = TextRNG(seed: request.seed, label: "feedback.plan")
        rng.shuffle(&sentiments)
        var minutes = (0..<sentiments.count).map { _ in Int64(rng.below(365 * 24 * 60)) }
        minutes.sort()
        return sentiments.enumerated().map { i, sentiment in
            let rating: Int
            switch sentiment {
            case .positive: rating = rng.chance(0.55) ? 5 : 4
            case .neutral: rating = 3
            case .negative: rating = rng.chance(0.45) ? 1 : 2
            }
            return FeedbackSlot(index: i, id: "feedback_\(i + 1)", productType: request.productType,
                                sentiment: sentiment, rating: rating, complexity: request.complexity,
                                timestamp: ISOTimestamp.format(ISOTimestamp.anchor + minutes[i] * 60))
        }
    }

    /// Items from slots and candidate texts (by slot index; missing or unusable ones are written here).
    ///
    /// The synchronous half of `generate(_:source:)`, for callers that fetch
    /// the texts themselves and run this CPU-bound part elsewhere.
    public static func assemble(_ request: FeedbackRequest, slots: [FeedbackSlot], texts: [FeedbackText?]) -> [FeedbackItem] {
        var memory = PhraseMemory()
        var titles = Set<String>()
        var bodies = Set<String>()
        var items: [FeedbackItem] = []
        items.reserveCapacity(slots.count)
        for slot in slots {
            var text: FeedbackText?
            if slot.index < texts.count, let candidate = texts[slot.index], usable(candidate, titles, bodies) {
                text = candidate
            }
            if text == nil { text = builtInText(slot, request: request, memory: &memory, titles: titles, bodies: bodies) }
            guard var chosen = text else { continue }
            if titles.contains(chosen.title) { chosen.title = uniqueTitle(chosen.title, titles) }
            titles.insert(chosen.title)
            bodies.insert(chosen.content)
            items.append(FeedbackItem(id: slot.id, rating: slot.rating, title: chosen.title, content: chosen.content,
                                      sentiment: slot.sentiment, timestamp: slot.timestamp))
        }
        return items
    }

    private static func usable(_ t: FeedbackText, _ titles: Set<String>, _ bodies: Set<String>) -> Bool {
        !t.title.trimmingSpaces().isEmpty && !t.content.trimmingSpaces().isEmpty
            && !titles.contains(t.title) && !bodies.contains(t.content)
    }

    /// The built-in text for a slot, redrawn (a different stream each try) until title and body are new.
    private static func builtInText(_ slot: FeedbackSlot, request: FeedbackRequest, memory: inout PhraseMemory,
                                    titles: Set<String>, bodies: Set<String>) -> FeedbackText {
        let writer = ReviewWriter(product: slot.productType, sentiment: slot.sentiment, rating: slot.rating,
                                  complexity: slot.complexity)
        var last = FeedbackText(title: "", content: "")
        for attempt in 0..<24 {
            let rng = TextRNG(seed: request.seed, label: "feedback.text", index: slot.index * 64 + attempt)
            let written = writer.write(rng: rng, memory: &memory)
            last = FeedbackText(title: written.title, content: written.content)
            if !bodies.contains(last.content), !titles.contains(last.title) { return last }
        }
        return last
    }

    /// Last resort when every redraw repeated a title: number it.
    private static func uniqueTitle(_ title: String, _ titles: Set<String>) -> String {
        var n = 2
        while titles.contains("\(title) (\(n))") { n += 1 }
        return "\(title) (\(n))"
    }
}
