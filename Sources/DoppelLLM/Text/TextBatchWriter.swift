import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// Asks the model for texts in batches — one request per batch for
/// `{"items": [...]}`, checked item by item and repaired once — and lines the
/// answers up with the slots they were asked for.
///
/// A batch the model cannot answer usably comes back as `nil` entries, which
/// the core's built-in engine then writes; errors the caller's `LLMUse`
/// surfaces (a malformed key; for `.required` also no model, a refused key, a
/// spent budget) are thrown instead.
struct TextBatchWriter: Sendable {
    /// How one item reads: a text, or what is wrong with it (in words shown to the model).
    typealias Decode<Text> = @Sendable (JSON, Int) -> Result<Text, OutputProblem>

    let model: any LLMCompleting
    let apiKey: APIKey?
    /// Overrides the configured model (a request's `model_id`).
    let modelName: String?
    let use: LLMUse
    /// Batches sent at the same time; the service is free while one waits.
    let maxConcurrent: Int
    let warn: @Sendable (String) -> Void

    /// One text per index in `0..<count`, nil where the model gave nothing usable.
    ///
    /// - Parameters:
    ///   - what: a plural noun for warnings ("feedback texts").
    ///   - seed: the request's seed; with the batch number it is sent as the
    ///     request's `seed`, so different seeds are different cache entries.
    ///   - briefs: the user message for a range of indices (without the answer format).
    ///   - itemFormat: how one item looks, e.g. `{"title": "…", "content": "…"}`.
    ///   - tokensPerItem: the answer's length bound per item, sent as `max_tokens`.
    ///   - meaning: the checks past the shape for the item at an index (see `MeaningCheck`).
    func write<Text: Sendable>(count: Int, batchSize: Int, what: String, seed: UInt64, system: String,
                               briefs: @escaping @Sendable (Range<Int>) -> String, itemFormat: String,
                               tokensPerItem: Int, meaning: MeaningCheck<Text>,
                               decode: @escaping Decode<Text>) async throws -> [Text?] {
        let size = max(1, batchSize)
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
        var texts = [Text?](repeating: nil, count: count)
        try await withThrowingTaskGroup(of: (Range<Int>, [Text?]).self) { group in
            var next = 0
            func launch() {
                guard next < ranges.count else { return }
                let (batch, range) = (next, ranges[next])
                next += 1
                group.addTask {
                    (range, try await self.batch(range, number: batch, of: ranges.count, what: what, seed: seed,
                                                 system: system, briefs: briefs(range), itemFormat: itemFormat,
                                                 tokensPerItem: tokensPerItem, meaning: meaning, decode: decode))
                }
            }
            for _ in 0..<max(1, maxConcurrent) { launch() }
            while let (range, answered) = try await group.next() {
                for (offset, text) in answered.enumerated() where range.lowerBound + offset < count {
                    texts[range.lowerBound + offset] = text
                }
                launch()
            }
        }
        return texts
    }

    private func batch<Text: Sendable>(_ range: Range<Int>, number: Int, of total: Int, what: String, seed: UInt64,
                                       system: String, briefs: String, itemFormat: String, tokensPerItem: Int,
                                       meaning: MeaningCheck<Text>, decode: @escaping Decode<Text>) async throws -> [Text?] {
        let n = range.count
        let answerFormat = "Answer with one JSON object {\"items\": [...]} holding exactly \(n) item\(n == 1 ? "" : "s"), "
            + "one per brief and in the same order, each \(itemFormat)."
        let chat = ChatRequest(messages: [.system(system), .user(briefs + "\n\n" + answerFormat)], model: modelName,
                               temperature: 0.8, responseFormat: .jsonObject,
                               seed: Self.requestSeed(seed, batch: number), maxTokens: 64 + n * tokensPerItem)
        let checked: Decode<Text> = { item, index in
            switch decode(item, index) {
            case let .failure(problem): return .failure(problem)
            case let .success(text):
                if let problem = meaning.problem(text, index, itemFormat) { return .failure(OutputProblem(problem)) }
                return .success(text)
            }
        }
        let outcome: RepairingJSONExchange.Outcome
        do {
            outcome = try await RepairingJSONExchange(model: model).run(
                chat, apiKey: apiKey, answerAgain: answerFormat + " Answer with the JSON object only.",
                check: { Self.problems($0, count: n, first: range.lowerBound, decode: checked, primary: meaning.primary) })
        } catch let error as RequestError {
            if use.surfaces(error) { throw error }
            warn("LLM: \(what) \(range.lowerBound + 1)–\(range.upperBound) come from the built-in engine: \(error.kind): \(error.message)")
            return []
        }
        switch outcome {
        case let .accepted(object, _, _):
            return Self.items(object, count: n, first: range.lowerBound, decode: checked, primary: meaning.primary)
        case let .rejected(last, problems):
            warn("LLM: the model's \(what) \(range.lowerBound + 1)–\(range.upperBound) were still unusable after one repair "
                + "(\(problems.count) problem\(problems.count == 1 ? "" : "s"), first: \(problems.first ?? "unknown")); "
                + "the built-in engine writes the unusable ones")
            return last.map { Self.items($0, count: n, first: range.lowerBound, decode: checked, primary: meaning.primary) } ?? []
        }
    }

    /// What is wrong with a batch's answer; empty when every item decodes,
    /// passes its checks, and no two items are near-duplicates.
    static func problems<Text>(_ object: JSONObject, count: Int, first: Int, decode: Decode<Text>,
                               primary: @Sendable (Text) -> String) -> [String] {
        guard let items = object["items"]?.arrayValue else { return ["the answer has no \"items\" array"] }
        var found: [String] = []
        if items.count != count { found.append("expected exactly \(count) items, got \(items.count)") }
        var decoded: [(Int, String)] = []
        for (i, item) in items.prefix(count).enumerated() {
            switch decode(item, first + i) {
            case let .failure(problem): found.append("items[\(i)]: \(problem.message)")
            case let .success(text): decoded.append((i, primary(text)))
            }
        }
        for (a, b) in TextChecks.nearDuplicates(decoded.map(\.1)) {
            found.append("items[\(decoded[b].0)] nearly repeats items[\(decoded[a].0)]; make every item different")
        }
        return found
    }

    /// The usable items of an answer, by position (nil where an item is
    /// missing, unusable, or nearly repeats an earlier one).
    static func items<Text>(_ object: JSONObject, count: Int, first: Int, decode: Decode<Text>,
                            primary: @Sendable (Text) -> String) -> [Text?] {
        let items = object["items"]?.arrayValue ?? []
        var texts: [Text?] = (0..<count).map { i in
            guard i < items.count, case let .success(text) = decode(items[i], first + i) else { return nil }
            return text
        }
        let present = texts.indices.compactMap { i in texts[i].map { (i, primary($0)) } }
        for (_, b) in TextChecks.nearDuplicates(present.map(\.1)) { texts[present[b].0] = nil }
        return texts
    }

    /// A 31-bit seed for the request: endpoints differ in the range they take.
    static func requestSeed(_ seed: UInt64, batch: Int) -> Int {
        var x = seed &+ UInt64(batch) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((x ^ (x >> 31)) >> 33)
    }
}

/// The checks past an item's shape: which of its strings must not be
/// placeholders or copies of the format hint, the one that must not nearly
/// repeat another item's, and the sentiment its brief asked for.
struct MeaningCheck<Text>: Sendable {
    /// Every string of an item a person would read.
    let strings: @Sendable (Text) -> [String]
    /// The string compared across items for near-duplicates.
    let primary: @Sendable (Text) -> String
    /// The sentiment the item at a (global) index was asked for, if any.
    var sentiment: @Sendable (Int) -> Sentiment? = { _ in nil }

    /// The first problem with `text`, the item at `index`, or nil.
    func problem(_ text: Text, _ index: Int, _ hint: String) -> String? {
        for s in strings(text) {
            if let p = TextChecks.placeholderProblem(s, hint: hint) { return p }
        }
        if let label = sentiment(index) {
            return TextChecks.sentimentProblem(strings(text).joined(separator: " "), label: label)
        }
        return nil
    }
}

extension JSON {
    /// A member's text, trimmed; a problem when it is missing, not a string or empty.
    func text(_ member: String, or alternatives: [String] = []) -> Result<String, OutputProblem> {
        for name in [member] + alternatives {
            guard let value = self[name], !value.isNull else { continue }
            guard let s = value.stringValue else { return .failure(OutputProblem("\"\(member)\" must be a string")) }
            let trimmed = s.trimmingWhitespace()
            return trimmed.isEmpty ? .failure(OutputProblem("\"\(member)\" is empty")) : .success(trimmed)
        }
        return .failure(OutputProblem("\"\(member)\" is missing"))
    }
}
