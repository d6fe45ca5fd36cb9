import DoppelJSON

/// `conversations.generate`: chats on the scenario a prompt describes.
///
/// The prompt is read for its setting (support or advice), product type,
/// problems and topic (`Scenario`). Support conversations follow the customer's
/// problem move by move — the problem with specifics, the agent asking for
/// details, the fix, follow-up questions — keeping one reference, amount and
/// email throughout. When the prompt names several problems, conversations
/// rotate through them; when it names none, each picks one that fits the domain.
public enum ConversationGenerator {
    /// Checks params and returns the conversations as a JSON array of rows.
    ///
    /// - Throws: `RequestError` (−32602) naming every bad field.
    public static func generate(params: JSON?, defaultSeed: UInt64 = 0) throws -> JSON {
        .array(generate(try ConversationRequest(params: params, defaultSeed: defaultSeed)).map(\.json))
    }

    public static func generate(_ request: ConversationRequest) -> [Conversation] {
        assemble(request, slots: slots(for: request), texts: [])
    }

    /// Conversations with words from `source` where usable (exactly `2 × turns` non-empty messages).
    public static func generate(_ request: ConversationRequest, source: any TextSource) async throws -> [Conversation] {
        let planned = slots(for: request)
        return assemble(request, slots: planned, texts: try await source.conversationTexts(for: planned, request: request))
    }

    static let defaultProblems = ["billing", "refund", "technical", "account_access", "cancellation", "product_question"]

    public static func slots(for request: ConversationRequest) -> [ConversationSlot] {
        let scenario = Scenario.extract(from: request.prompt)
        var rng = TextRNG(seed: request.seed, label: "conversations.plan")
        let domainProblems = problems(for: scenario.productType)
        return (0..<request.count).map { i in
            var problem: String?
            if scenario.setting == .support {
                problem = scenario.problems.isEmpty ? rng.pick(domainProblems) : scenario.problems[i % scenario.problems.count]
            }
            let name = scenario.productName ?? brand(scenario.productType, seed: request.seed, index: i)
            return ConversationSlot(index: i, scenario: scenario, problem: problem, turns: request.turns, productName: name)
        }
    }

    /// Problems that fit a product type when the prompt names none.
    static func problems(for type: ProductType?) -> [String] {
        switch type {
        case .ecommerce?, .foodDelivery?, .hardware?: return ["delivery", "return", "refund", "billing", "technical"]
        case .hotel?, .airline?, .carRental?, .restaurant?, .healthcare?, .fitness?: return ["booking", "billing", "refund", "complaint", "cancellation"]
        case .bank?, .insurance?, .telecom?: return ["billing", "account_access", "complaint", "cancellation", "technical"]
        default: return defaultProblems
        }
    }

    private static func brand(_ type: ProductType?, seed: UInt64, index: Int) -> String {
        var g = Grammar(banks: [(type ?? .saas).bank, ReviewBank.shared], rng: TextRNG(seed: seed, label: "conversations.brand", index: index))
        return g.render(symbol: "brand") ?? "the service"
    }

    /// Conversations from slots and candidate texts (by slot index; a text is
    /// used when it has exactly `2 × turns` non-empty messages and repeats no
    /// earlier one). The synchronous half of `generate(_:source:)`.
    public static func assemble(_ request: ConversationRequest, slots: [ConversationSlot], texts: [ConversationText?]) -> [Conversation] {
        var memory = PhraseMemory()
        var seen = Set<[String]>()
        return slots.map { slot in
            if slot.index < texts.count, let t = texts[slot.index], t.messages.count == 2 * slot.turns,
               t.messages.allSatisfy({ !$0.trimmingSpaces().isEmpty }), !seen.contains(t.messages) {
                seen.insert(t.messages)
                return Conversation(slot: slot, text: t)
            }
            var text = write(slot, seed: request.seed, attempt: 0, memory: &memory)
            var attempt = 1
            while seen.contains(text.messages), attempt < 16 {
                text = write(slot, seed: request.seed, attempt: attempt, memory: &memory)
                attempt += 1
            }
            seen.insert(text.messages)
            return Conversation(slot: slot, text: text)
        }
    }

    /// The built-in messages: user moves open, details, follow-up, extras; each answered in turn.
    static func write(_ slot: ConversationSlot, seed: UInt64, attempt: Int, memory: inout PhraseMemory) -> ConversationText {
        if slot.problem == nil, let topic = slot.scenario.topic {
            return writeAdvice(slot, topic: AdviceTopic(topic), seed: seed, attempt: attempt, memory: &memory)
        }
        let type = slot.scenario.productType
        var g = Grammar(banks: [ConversationBank.shared, (type ?? .saas).bank, ReviewBank.shared],
                        variants: [type?.rawValue ?? "general"],
                        rng: TextRNG(seed: seed, label: "conversations.text", index: slot.index * 64 + attempt))
        g.usage = memory.usage
        defer { memory.usage = g.usage }
        g.remember("product", slot.productName)
        g.remember("order_word", ConversationBank.orderWord(type))
        if let item = g.render(symbol: "purchase") { g.remember("item", item) }
        if let plan = g.render(symbol: "plan") { g.remember("plan", plan) }
        g.remember("topic", slot.scenario.topic ?? "this")

        guard let p = slot.problem else {
            // advice on a topic the prompt does not name: each question with its own answer
            var messages: [String] = []
            askAndAnswer(opening: "advice_open_qa", then: "advice_followup_qa", into: &messages, turns: slot.turns, grammar: &g)
            return ConversationText(messages: messages)
        }
        var moves: [(user: String, assistant: String)] = [("open.\(p)", "ask"), ("give_id", "fix.\(p)"), ("followup.\(p)", "answer.\(p)")]
        while moves.count < slot.turns { moves.append(("extra", "extra_answer")) }
        var messages: [String] = []
        for (user, assistant) in moves.prefix(slot.turns) {
            messages.append(g.render(symbol: user, maxRepeats: Int.max) ?? "")
            let reply = assistant == "ask"
                ? (g.render(symbol: "empathy") ?? "Sorry about that") + ". " + (g.render(symbol: "ask_id") ?? "")
                : g.render(symbol: assistant, maxRepeats: Int.max) ?? ""
            messages.append(reply)
        }
        return ConversationText(messages: messages)
    }

    /// An advice conversation: the asker states the goal with their figures and situation,
    /// the first answer turns them into steps, and each follow-up question is answered by
    /// its own answer (`AdviceBank`'s `question :: answer` pairs), all from the same figures.
    static func writeAdvice(_ slot: ConversationSlot, topic: AdviceTopic, seed: UInt64, attempt: Int,
                            memory: inout PhraseMemory) -> ConversationText {
        var rng = TextRNG(seed: seed, label: "conversations.advice", index: slot.index * 64 + attempt)
        var g = Grammar(banks: [AdviceBank.shared, ConversationBank.shared], variants: [topic.goal.rawValue],
                        rng: rng.fork())
        g.usage = memory.usage
        defer { memory.usage = g.usage }
        AdviceFacts.remember(topic, into: &g, rng: &rng)
        var messages = [g.render(symbol: "advice_open", maxRepeats: Int.max) ?? "",
                        g.render(symbol: "advice_answer", maxRepeats: Int.max) ?? ""]
        askAndAnswer(opening: nil, then: "advice_qa", into: &messages, turns: slot.turns, grammar: &g)
        return ConversationText(messages: messages)
    }

    /// Questions with their own answers (`question :: answer` lines of `symbol`, after one of `opening`)
    /// until `messages` holds `turns` of each; once every question has been asked, the asker comes back
    /// to one with an apology.
    static func askAndAnswer(opening: String?, then symbol: String, into messages: inout [String], turns: Int,
                             grammar g: inout Grammar) {
        var asked = Set<String>()
        while messages.count < 2 * turns {
            let line = messages.isEmpty ? (opening ?? symbol) : symbol
            let pair = (g.render(symbol: line, maxRepeats: Int.max) ?? "").split(separator: "::", maxSplits: 1)
            let question = pair.first.map { String($0.trimmingSpaces()) } ?? ""
            let answer = pair.count > 1 ? TextPolish.polish(String(pair[1].trimmingSpaces())) : ""
            let repeatAsk = asked.contains(question)
            asked.insert(question)
            messages.append(repeatAsk ? "Sorry, one more time: " + question.prefix(1).lowercased() + question.dropFirst() : question)
            messages.append(repeatAsk ? "Of course. " + answer : answer)
        }
    }
}
