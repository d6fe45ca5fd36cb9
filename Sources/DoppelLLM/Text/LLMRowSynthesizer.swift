import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// `synth_data.generate` with a model: few-shots the examples with the
/// prompt, asks for rows in batches, checks every row against the shape
/// inferred from the examples (`SynthesisPlan.problems(in:)`, and that it is
/// not a copy), and sends a batch back once with its problems
/// (`RepairingJSONExchange`).
///
/// It returns candidates only; the caller passes each to
/// `SynthesisPlan.accept(_:at:)`, which takes it when it fits and is new,
/// else its repair, else the built-in row — so every row of the response has
/// the examples' shape whatever the model says.
public struct LLMRowSynthesizer: Sendable {
    /// Rows asked for in one request.
    public static let defaultBatchSize = 10
    /// Examples shown to the model at most (the batch's own originals are always shown).
    static let maxShownExamples = 20
    /// Characters of examples shown at most, beyond the batch's own originals.
    static let maxShownCharacters = 12_000

    private let model: any LLMCompleting
    private let apiKey: APIKey?
    private let modelName: String?
    private let use: LLMUse
    public let batchSize: Int
    private let warn: @Sendable (String) -> Void

    /// - Parameters:
    ///   - modelName: the request's `model_id`, overriding the configured model.
    ///   - use: `.required` for `text_source: "llm"`, `.preferred` for `auto`.
    public init(model: any LLMCompleting, apiKey: APIKey? = nil, modelName: String? = nil, use: LLMUse = .preferred,
                batchSize: Int = LLMRowSynthesizer.defaultBatchSize, warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.model = model
        self.apiKey = apiKey
        self.modelName = modelName
        self.use = use
        self.batchSize = max(1, batchSize)
        self.warn = warn
    }

    /// The row ranges asked for together, in order.
    public func batches(for plan: SynthesisPlan) -> [Range<Int>] {
        stride(from: 0, to: plan.rowCount, by: batchSize).map { $0..<min(plan.rowCount, $0 + batchSize) }
    }

    /// The model's candidate for each row of `range` (nil where it gave none).
    ///
    /// - Throws: the `RequestError`s `use` surfaces, and `CancellationError`;
    ///   other failures give nil candidates (the built-in rows) and a warning.
    /// A new row's length bound: twice the longest example's, at about three characters a token.
    static func tokensPerRow(_ plan: SynthesisPlan) -> Int {
        let longest = plan.request.examples.map { JSON.object($0).serialized().utf8.count }.max() ?? 300
        return max(64, 2 * longest / 3)
    }

    public func candidates(_ plan: SynthesisPlan, rows range: Range<Int>, batch: Int) async throws -> [JSON?] {
        let n = range.count
        let answerFormat = "Answer with one JSON object {\"rows\": [...]} holding exactly \(n) new row object\(n == 1 ? "" : "s"), in order."
        let chat = ChatRequest(messages: [.system(Self.system), .user(Self.prompt(plan, rows: range) + "\n\n" + answerFormat)],
                               model: modelName, temperature: 0.8, responseFormat: .jsonObject,
                               seed: TextBatchWriter.requestSeed(plan.request.seed, batch: batch),
                               maxTokens: 64 + n * Self.tokensPerRow(plan))
        let outcome: RepairingJSONExchange.Outcome
        do {
            outcome = try await RepairingJSONExchange(model: model).run(
                chat, apiKey: apiKey, answerAgain: answerFormat + " Keep the examples' keys, nesting and value types exactly.",
                check: { Self.problems($0, plan: plan, count: n) })
        } catch let error as RequestError {
            if use.surfaces(error) { throw error }
            warn("LLM: synth_data rows \(range.lowerBound + 1)–\(range.upperBound) come from the built-in engine: \(error.kind): \(error.message)")
            return Array(repeating: nil, count: n)
        }
        let object: JSONObject?
        switch outcome {
        case let .accepted(accepted, _, _):
            object = accepted
        case let .rejected(last, problems):
            warn("LLM: synth_data rows \(range.lowerBound + 1)–\(range.upperBound) were still off the examples' shape after one repair "
                + "(\(problems.count) problem\(problems.count == 1 ? "" : "s"), first: \(problems.first ?? "unknown")); "
                + "those rows are repaired or come from the built-in engine")
            object = last
        }
        let rows = object?["rows"]?.arrayValue ?? []
        return (0..<n).map { $0 < rows.count ? rows[$0] : nil }
    }

    static let system = """
        You create new rows for a dataset from a few example rows. Every new row has exactly the keys, nesting and \
        value types of the examples, with new realistic values of the same kinds: names, emails, codes in the same \
        pattern, dates and numbers in similar ranges, categories from those the examples use, free text on the same \
        topic. Never copy an example or repeat a row. Answer with exactly one JSON object and nothing else.
        """

    /// The user message: the topic, the examples (numbered), and which example each new row varies.
    static func prompt(_ plan: SynthesisPlan, rows range: Range<Int>) -> String {
        let examples = plan.request.examples
        let multiplier = max(1, plan.request.multiplier)
        let origins = range.map { min($0 / multiplier, examples.count - 1) }
        var shown = Set(origins)
        var budget = maxShownCharacters
        for (i, example) in examples.enumerated() where shown.count < maxShownExamples && !shown.contains(i) {
            let size = JSON.object(example).serialized().count
            if size > budget { break }
            budget -= size
            shown.insert(i)
        }
        var text = ""
        if !plan.request.prompt.trimmingWhitespace().isEmpty {
            text += "What the data is about: \(plan.request.prompt)\n\n"
        }
        text += "Examples, one JSON object per line:\n"
        for i in shown.sorted() { text += "Example \(i + 1): \(JSON.object(examples[i]).serialized())\n" }
        text += "\nWrite \(range.count) new row\(range.count == 1 ? "" : "s"):"
        var k = 0
        while k < origins.count {
            var end = k
            while end + 1 < origins.count, origins[end + 1] == origins[k] { end += 1 }
            let rows = k == end ? "row \(k + 1) varies" : "rows \(k + 1)–\(end + 1) vary"
            text += "\n- \(rows) example \(origins[k] + 1)"
            k = end + 1
        }
        return text
    }

    /// What is wrong with a batch's answer: a missing `rows` array, a wrong count,
    /// rows off the examples' shape, copies of an example or of another row.
    static func problems(_ object: JSONObject, plan: SynthesisPlan, count: Int) -> [String] {
        guard let rows = object["rows"]?.arrayValue else { return ["the answer has no \"rows\" array"] }
        var found: [String] = []
        if rows.count != count { found.append("expected exactly \(count) rows, got \(rows.count)") }
        var seen = Set<String>()
        for (i, row) in rows.prefix(count).enumerated() {
            let rowProblems = plan.problems(in: row)
            found += rowProblems.map { "rows[\(i)]" + ($0.hasPrefix("$") ? String($0.dropFirst()) : ": " + $0) }
            if rowProblems.isEmpty, plan.isCopy(row) { found.append("rows[\(i)]: copies an example; give it new values") }
            if !seen.insert(row.serialized()).inserted { found.append("rows[\(i)]: repeats an earlier row") }
        }
        return found
    }
}
