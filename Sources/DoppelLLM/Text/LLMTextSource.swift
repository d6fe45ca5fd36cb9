import DoppelText
import DoppelEngine
import DoppelJSON

/// The core's `TextSource` on top of a model: feedback, tickets, interview
/// questions and conversations written by the model, through the response
/// cache.
///
/// The core plans every item (ids, sentiments, ratings, priorities, times,
/// turn counts) and asks only for words; this asks the model for them in
/// batches (`TextBatchWriter`), each batch one cached request repaired at
/// most once. Whatever the model leaves missing or unusable comes back nil
/// and is written by the built-in engine, so every contract holds whatever the
/// model says. Requests carry the seed, so a repeated request is answered from
/// the cache with the same texts.
public struct LLMTextSource: TextSource {
    private let writer: TextBatchWriter

    /// - Parameters:
    ///   - model: usually the daemon's `LLMService`.
    ///   - apiKey: a request's own key (`api_key`), overriding the configured one.
    ///   - use: `.required` for `text_source: "llm"`, `.preferred` for `auto`.
    ///   - maxConcurrent: batches in flight at once.
    ///   - warn: why a batch fell back (no keys in it).
    public init(model: any LLMCompleting, apiKey: APIKey? = nil, use: LLMUse = .preferred, maxConcurrent: Int = 4,
                warn: @escaping @Sendable (String) -> Void = { _ in }) {
        writer = TextBatchWriter(model: model, apiKey: apiKey, modelName: nil, use: use,
                                 maxConcurrent: maxConcurrent, warn: warn)
    }

    static let system = """
        You write realistic, specific and varied text for synthetic test data. Follow each brief exactly: \
        its sentiment, rating, length, people and facts. Vary openings, wording and details from item to item. \
        Never say that the text is synthetic or generated. Answer with exactly one JSON object and nothing else.
        """

    public func feedbackTexts(for slots: [FeedbackSlot], request: FeedbackRequest) async throws -> [FeedbackText?] {
        let batch: Int
        switch request.complexity {
        case .simple: batch = 20
        case .medium: batch = 10
        case .complex: batch = 5
        }
        let product = String(request.productType.rawValue.map { $0 == "_" ? " " : $0 })
        return try await writer.write(
            count: slots.count, batchSize: batch, what: "feedback texts", seed: request.seed, system: Self.system,
            briefs: { range in
                "Write \(range.count) customer review\(range.count == 1 ? "" : "s") of a \(product), one per brief:\n"
                    + Self.numbered(slots[range].map(\.instruction))
                    + "\nNo two reviews may share a title or a sentence."
            },
            itemFormat: #"{"title": "a short review title", "content": "the review"}"#,
            tokensPerItem: Self.tokens(request.complexity),
            meaning: MeaningCheck(strings: { [$0.content, $0.title] }, primary: \.content,
                                  sentiment: { slots.indices.contains($0) ? slots[$0].sentiment : nil }),
            decode: { item, _ in
                Self.pair(item, "title", "content").map { FeedbackText(title: $0.0, content: $0.1) }
            })
    }

    public func ticketTexts(for slots: [TicketSlot], request: TicketRequest) async throws -> [TicketText?] {
        try await writer.write(
            count: slots.count, batchSize: 10, what: "ticket texts", seed: request.seed, system: Self.system,
            briefs: { range in
                "Write \(range.count) customer support ticket\(range.count == 1 ? "" : "s") about \(request.product), one per brief:\n"
                    + Self.numbered(slots[range].map(\.instruction))
                    + "\nThe body is the customer's own message: a greeting, the problem with its specifics, what they ask for, "
                    + "and a sign-off with their first name."
            },
            itemFormat: #"{"subject": "the ticket's subject line", "body": "the customer's message"}"#,
            tokensPerItem: 300,
            meaning: MeaningCheck(strings: { [$0.body, $0.subject] }, primary: \.body),
            decode: { item, _ in
                Self.pair(item, "subject", "body").map { TicketText(subject: $0.0, body: $0.1) }
            })
    }

    public func interviewTexts(for slots: [InterviewSlot], request: InterviewRequest) async throws -> [InterviewText?] {
        try await writer.write(
            count: slots.count, batchSize: 10, what: "interview questions", seed: request.seed, system: Self.system,
            briefs: { range in
                "Write \(range.count) interview question\(range.count == 1 ? "" : "s") for the role \"\(request.role)\" "
                    + "(\(request.level.rawValue) level), one per brief:\n" + Self.numbered(slots[range].map(\.instruction))
                    + "\nNo two questions may be the same."
            },
            itemFormat: #"{"question": "…", "ideal_answer": "two to four sentences", "rubric": ["three to five short criteria"]}"#,
            tokensPerItem: 350,
            meaning: MeaningCheck(strings: { [$0.question, $0.idealAnswer] + $0.rubric }, primary: \.question),
            decode: { item, _ in Self.interview(item) })
    }

    public func conversationTexts(for slots: [ConversationSlot], request: ConversationRequest) async throws -> [ConversationText?] {
        let messages = 2 * request.turns
        return try await writer.write(
            count: slots.count, batchSize: max(1, 12 / messages), what: "conversations", seed: request.seed,
            system: Self.system,
            briefs: { range in
                "The scenario, in the user's words: \(request.prompt)\n\n"
                    + "Write \(range.count) conversation\(range.count == 1 ? "" : "s") on this scenario, one per brief:\n"
                    + Self.numbered(slots[range].map(\.instruction))
            },
            itemFormat: "{\"messages\": [\(messages) strings]}: the messages in order, alternating user and assistant, "
                + "starting with the user; the last one is the assistant's reply to the final user message",
            tokensPerItem: 150 * messages,
            meaning: MeaningCheck(strings: \.messages, primary: { $0.messages.joined(separator: " ") }),
            decode: { item, _ in Self.conversation(item, messages: messages) })
    }

    /// Tokens one review may take at `complexity` (a token is about ¾ of a word).
    static func tokens(_ complexity: Complexity) -> Int {
        switch complexity {
        case .simple: return 120
        case .medium: return 300
        case .complex: return 800
        }
    }

    // MARK: reading answers

    static func numbered(_ briefs: [String]) -> String {
        briefs.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
    }

    static func pair(_ item: JSON, _ first: String, _ second: String) -> Result<(String, String), OutputProblem> {
        guard item.objectValue != nil else { return .failure(OutputProblem("expected an object, got \(item.typeName)")) }
        switch (item.text(first), item.text(second)) {
        case let (.success(a), .success(b)): return .success((a, b))
        case let (.failure(p), _), let (_, .failure(p)): return .failure(p)
        }
    }

    static func interview(_ item: JSON) -> Result<InterviewText, OutputProblem> {
        guard item.objectValue != nil else { return .failure(OutputProblem("expected an object, got \(item.typeName)")) }
        let q: String, a: String
        switch item.text("question") {
        case let .success(text): q = text
        case let .failure(problem): return .failure(problem)
        }
        switch item.text("ideal_answer", or: ["idealAnswer"]) {
        case let .success(text): a = text
        case let .failure(problem): return .failure(problem)
        }
        let rubric = (item["rubric"]?.arrayValue ?? []).compactMap { $0.stringValue?.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !rubric.isEmpty else { return .failure(OutputProblem("\"rubric\" must be a non-empty array of strings")) }
        return .success(InterviewText(question: q, idealAnswer: a, rubric: rubric))
    }

    /// The messages of a conversation: strings, or `{role, content}` objects alternating from the user.
    static func conversation(_ item: JSON, messages count: Int) -> Result<ConversationText, OutputProblem> {
        guard let list = item["messages"]?.arrayValue else { return .failure(OutputProblem("\"messages\" is missing or not an array")) }
        guard list.count == count else {
            return .failure(OutputProblem("\"messages\" must hold exactly \(count) messages, got \(list.count)"))
        }
        var texts: [String] = []
        for (i, message) in list.enumerated() {
            let expectedRole = i % 2 == 0 ? "user" : "assistant"
            var text = message.stringValue
            if text == nil, let role = message["role"]?.stringValue {
                guard role == expectedRole else {
                    return .failure(OutputProblem("messages[\(i)] must be from the \(expectedRole), got \"\(role)\""))
                }
                text = message["content"]?.stringValue
            }
            guard let t = text?.trimmingWhitespace(), !t.isEmpty else {
                return .failure(OutputProblem("messages[\(i)] must be a non-empty string"))
            }
            texts.append(t)
        }
        return .success(ConversationText(messages: texts))
    }
}
