import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// What a free-text pool is for: the field and what surrounds it.
public struct TextPoolRequest: Sendable, Equatable {
    public var entity: String
    public var field: String
    /// The field's kind, e.g. `text.review`.
    public var kind: String
    /// What the dataset is about, in words (the user's prompt, or a summary).
    public var context: String
    /// How many distinct texts to ask for.
    public var size: Int
    public var locale: String
    /// What the column's rows are (`DatasetPlan.rowTextBriefs`), nil for a column not written for its row.
    public var brief: RowTextBrief?
    /// The mood these texts are for (one of `brief.moods`), nil for all rows alike.
    public var mood: String?

    public init(entity: String, field: String, kind: String, context: String, size: Int, locale: String = "en_US",
                brief: RowTextBrief? = nil, mood: String? = nil) {
        self.entity = entity
        self.field = field
        self.kind = kind
        self.context = context
        self.size = size
        self.locale = locale
        self.brief = brief
        self.mood = mood
    }

    /// What the texts are called in warnings: `reviews.body`, or `reviews.body (negative)`.
    public var label: String { "\(entity).\(field)" + (mood.map { " (\($0))" } ?? "") }
}

/// Asks the model for a bounded pool of distinct texts for one field.
///
/// The pool is written in batches of at most `batchSize` texts, each one
/// request (cached like any other), each repaired at most once: a pool of N
/// costs at most `2 · ⌈N / batchSize⌉` upstream calls the first time and none
/// after. The model is asked for `{"texts": [...]}`; texts are trimmed and
/// de-duplicated (ignoring case and spacing). A batch with fewer than half
/// its texts usable is sent back once with the problem (`RepairingJSONExchange`).
/// When fewer than half of N distinct texts come out in the end, the caller
/// is told to fall back.
public struct TextPoolBuilder: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// A pool of at least half the asked size; `warnings` say when it is short.
        case pool(TextPool, warnings: [String])
        /// Use the built-in text engine; `warning` says why.
        case fallback(warning: String)
    }

    public static let defaultBatchSize = 25

    private let model: any LLMCompleting
    public let batchSize: Int

    public init(model: any LLMCompleting, batchSize: Int = TextPoolBuilder.defaultBatchSize) {
        self.model = model
        self.batchSize = max(1, batchSize)
    }

    /// The number of batches (first-round requests) a pool of `size` takes.
    public func batches(for size: Int) -> Int { (max(1, size) + batchSize - 1) / batchSize }

    /// Builds the pool for `request`.
    ///
    /// - Throws: the `RequestError`s `use` surfaces, and `CancellationError`;
    ///   other failures become `.fallback`.
    public func pool(for request: TextPoolRequest, apiKey: APIKey? = nil, use: LLMUse = .preferred) async throws -> Outcome {
        let size = max(1, request.size)
        let total = batches(for: size)
        var texts: [String] = []
        var seen: Set<String> = []
        var notes: [String] = []
        let exchange = RepairingJSONExchange(model: model)
        do {
            for batch in 0..<total {
                let want = min(batchSize, size - batch * batchSize)
                let chat = ChatRequest(
                    messages: [.system(Self.systemPrompt), .user(Self.userPrompt(request, want: want, batch: batch, of: total))],
                    // Some temperature for variety; the batch number as seed so
                    // endpoints that honour seeds answer each batch alike every time.
                    temperature: 0.9, responseFormat: .jsonObject, seed: batch,
                    // A pool text is a sentence or a short paragraph.
                    maxTokens: 64 + want * 120)
                let outcome = try await exchange.run(
                    chat, apiKey: apiKey,
                    answerAgain: "Answer with {\"texts\": [...]} holding \(want) distinct non-empty strings, and nothing else.",
                    check: { object in Self.problems(Self.texts(in: object, excluding: seen), want: want) })
                let fresh: [String]
                switch outcome {
                case let .accepted(object, _, _):
                    fresh = Self.texts(in: object, excluding: seen) ?? []
                case let .rejected(last, problems):
                    // Keep what the repaired answer had; the total decides below.
                    fresh = last.flatMap { Self.texts(in: $0, excluding: seen) } ?? []
                    notes.append("batch \(batch + 1): \(problems.first ?? "unusable")")
                }
                for t in fresh where texts.count < size {
                    seen.insert(Self.normal(t))
                    texts.append(t)
                }
            }
        } catch let error as RequestError {
            if use.surfaces(error) { throw error }
            return .fallback(warning: "The LLM could not write texts for \(request.label) (\(error.kind): \(error.message)); used the built-in text engine")
        }
        let needed = (size + 1) / 2
        guard texts.count >= needed else {
            let why = notes.first.map { " (\($0))" } ?? ""
            return .fallback(warning: "The LLM gave \(texts.count) usable texts of \(size) asked for \(request.label)\(why); used the built-in text engine")
        }
        var warnings: [String] = []
        if texts.count < size {
            warnings.append("The LLM gave \(texts.count) distinct texts of \(size) asked for \(request.label); rows draw from those")
        }
        return .pool(TextPool(texts: texts, entity: request.entity, field: request.field), warnings: warnings)
    }

    /// The new, distinct, non-empty texts of an answer's `texts` array (or
    /// its only array member) that are not placeholders, or nil when it has none.
    static func texts(in object: JSONObject, excluding seen: Set<String>) -> [String]? {
        guard let list = object["texts"]?.arrayValue ?? object.values.first(where: { $0.arrayValue != nil })?.arrayValue else {
            return nil
        }
        var seen = seen
        var out: [String] = []
        for item in list {
            guard let s = item.stringValue?.trimmingWhitespace(), !s.isEmpty,
                  TextChecks.placeholderProblem(s.replacingOccurrences(of: RowTextBrief.subjectPlaceholder, with: "it"), hint: "") == nil,
                  !hasTemplateSlot(s) else { continue }
            if seen.insert(normal(s)).inserted { out.append(s) }
        }
        return out
    }

    /// A `{…}` or `[…]` slot other than `{subject}`: a template, not a text a row can use.
    static func hasTemplateSlot(_ s: String) -> Bool {
        let rest = s.replacingOccurrences(of: RowTextBrief.subjectPlaceholder, with: "")
        for (open, close) in [("{", "}"), ("[", "]")] {
            if let a = rest.range(of: open), rest[a.upperBound...].contains(close) { return true }
        }
        return false
    }

    /// Why a batch's texts fall short: none found, or fewer than half of `want`.
    static func problems(_ texts: [String]?, want: Int) -> [String] {
        guard let texts else { return ["the answer has no \"texts\" array of strings"] }
        if texts.count * 2 < want { return ["the answer had \(texts.count) new distinct non-empty texts, not \(want)"] }
        return []
    }

    /// Case and spacing folded, for telling near-copies apart.
    static func normal(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static let systemPrompt = """
        You write realistic values for one text column of a synthetic dataset. \
        Answer with exactly one JSON object of the form {"texts": ["...", "..."]} and nothing else: \
        plain strings, no numbering, no commentary. Every text must be different from the others in \
        wording and in substance; vary length, tone and specifics the way real data varies.
        """

    static func userPrompt(_ r: TextPoolRequest, want: Int, batch: Int, of total: Int) -> String {
        var lines = [
            "Dataset: \(r.context)",
            "Table: \(r.entity)",
            "Column: \(r.field) (kind \(r.kind))",
            "Locale: \(r.locale)",
        ]
        if let b = r.brief {
            lines.append("Each value is \(b.role), one per row. The row's other columns: \(b.columns.joined(separator: ", ")).")
            if let subject = b.subjectNoun {
                lines.append("Where a text names the \(subject), write \(RowTextBrief.subjectPlaceholder) instead of a name: each row puts its own \(subject)'s name there. Do not make up names of \(subject)s.")
            }
            if let mood = r.mood, let rating = b.ratingColumn {
                lines.append("These texts are for \(RowTextBrief.describe(mood: mood)) (column \(rating)).")
            }
        }
        lines.append("Write \(want) distinct values for this column.")
        if total > 1 { lines.append("This is batch \(batch + 1) of \(total); make these unlike what the other batches would say.") }
        return lines.joined(separator: "\n")
    }
}
