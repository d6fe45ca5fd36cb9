import DoppelCore
import DoppelJSON

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

    public init(entity: String, field: String, kind: String, context: String, size: Int, locale: String = "en_US") {
        self.entity = entity
        self.field = field
        self.kind = kind
        self.context = context
        self.size = size
        self.locale = locale
    }
}

/// Asks the model for a bounded pool of distinct texts for one field.
///
/// The pool is written in batches of at most `batchSize` texts, each one
/// request (cached like any other), each repaired at most once: a pool of N
/// costs at most `2 · ⌈N / batchSize⌉` upstream calls the first time and none
/// after. The model is asked for `{"texts": [...]}`; texts are trimmed and
/// de-duplicated (ignoring case and spacing). A batch with fewer than half
/// its texts usable is sent back once with the problem. When fewer than half
/// of N distinct texts come out in the end, the caller is told to fall back.
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
        do {
            for batch in 0..<total {
                let want = min(batchSize, size - batch * batchSize)
                var messages = [ChatMessage.system(Self.systemPrompt), .user(Self.userPrompt(request, want: want, batch: batch, of: total))]
                let first = try await model.complete(chat(messages, batch: batch), apiKey: apiKey)
                var fresh = Self.texts(in: first.content, excluding: seen)
                if case let .failure(problem) = fresh.flatMap({ Self.enough($0, want: want) }) {
                    messages.append(.assistant(first.content))
                    messages.append(.user(Self.repairPrompt(problem, want: want)))
                    let second = try await model.complete(chat(messages, batch: batch), apiKey: apiKey)
                    fresh = Self.texts(in: second.content, excluding: seen)
                    if case let .failure(again) = fresh { notes.append("batch \(batch + 1): \(again.message)") }
                }
                for t in (try? fresh.get()) ?? [] where texts.count < size {
                    seen.insert(Self.normal(t))
                    texts.append(t)
                }
            }
        } catch let error as RequestError {
            if use.surfaces(error) { throw error }
            return .fallback(warning: "The LLM could not write texts for \(request.entity).\(request.field) (\(error.kind): \(error.message)); used the built-in text engine")
        }
        let needed = (size + 1) / 2
        guard texts.count >= needed else {
            let why = notes.first.map { " (\($0))" } ?? ""
            return .fallback(warning: "The LLM gave \(texts.count) usable texts of \(size) asked for \(request.entity).\(request.field)\(why); used the built-in text engine")
        }
        var warnings: [String] = []
        if texts.count < size {
            warnings.append("The LLM gave \(texts.count) distinct texts of \(size) asked for \(request.entity).\(request.field); rows draw from those")
        }
        return .pool(TextPool(texts: texts, entity: request.entity, field: request.field), warnings: warnings)
    }

    private func chat(_ messages: [ChatMessage], batch: Int) -> ChatRequest {
        // Some temperature for variety; the batch number as seed so endpoints
        // that honour seeds answer each batch the same way every time.
        ChatRequest(messages: messages, temperature: 0.9, responseFormat: .jsonObject, seed: batch)
    }

    /// The new, distinct, non-empty texts in an answer.
    static func texts(in content: String, excluding seen: Set<String>) -> Result<[String], OutputProblem> {
        let object: JSONObject
        switch ModelOutput.object(content) {
        case let .failure(p): return .failure(p)
        case let .success(o): object = o
        }
        let list = object["texts"]?.arrayValue ?? object.values.first { $0.arrayValue != nil }?.arrayValue
        guard let list else { return .failure(OutputProblem("the answer has no \"texts\" array")) }
        var seen = seen
        var out: [String] = []
        for item in list {
            guard let s = item.stringValue?.trimmingWhitespace(), !s.isEmpty else { continue }
            if seen.insert(normal(s)).inserted { out.append(s) }
        }
        return .success(out)
    }

    /// At least half of `want`, or the problem to send back.
    static func enough(_ texts: [String], want: Int) -> Result<[String], OutputProblem> {
        texts.count * 2 >= want ? .success(texts)
            : .failure(OutputProblem("the answer had \(texts.count) new distinct non-empty texts, not \(want)"))
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
            "Write \(want) distinct values for this column.",
        ]
        if total > 1 { lines.append("This is batch \(batch + 1) of \(total); make these unlike what the other batches would say.") }
        return lines.joined(separator: "\n")
    }

    static func repairPrompt(_ problem: OutputProblem, want: Int) -> String {
        "That answer cannot be used: \(problem.message). Answer with {\"texts\": [...]} holding \(want) distinct non-empty strings, and nothing else."
    }
}
