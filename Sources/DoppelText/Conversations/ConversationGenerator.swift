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
        // A thing that broke with no product behind it is a repair, whatever else the prompt names.
        let repairSubject = repairSubject(scenario, prompt: request.prompt)
        let domainProblems = repairSubject != nil ? ["technical"] : problems(for: scenario.productType)
        return (0..<request.count).map { i in
            var problem: String?
            if scenario.setting == .support {
                problem = scenario.problems.isEmpty || repairSubject != nil
                    ? rng.pick(domainProblems) : scenario.problems[i % scenario.problems.count]
            }
            let name = scenario.productName ?? brand(scenario.productType, seed: request.seed, index: i)
            // (a home's upkeep in general: each conversation reports its own fault)
            let subject = repairSubject == "" ? rng.pick(homeFaults) : repairSubject
            return ConversationSlot(index: i, scenario: scenario, problem: problem, turns: request.turns, productName: name,
                                    repairSubject: subject)
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
            return writeAdvice(slot, topic: AdviceTopic(topic, article: slot.scenario.topicArticle), seed: seed, attempt: attempt, memory: &memory)
        }
        let type = slot.scenario.productType
        let repairSubject = slot.problem == "technical" ? slot.repairSubject : nil
        let repair = repairSubject != nil
        var g = Grammar(banks: [ConversationBank.shared, (type ?? .saas).bank, ReviewBank.shared],
                        variants: [type?.rawValue ?? "general"] + (repair ? ["repair"] : []),
                        rng: TextRNG(seed: seed, label: "conversations.text", index: slot.index * 64 + attempt))
        g.usage = memory.usage
        defer { memory.usage = g.usage }
        g.remember("product", slot.productName)
        g.remember("order_word", ConversationBank.orderWord(type))
        // remembered mid-sentence words: "when I open the add-on pack", not "The add-on pack"
        if let item = g.render(symbol: "purchase") { g.remember("item", ReviewWriter.lowerFirst(item)) }
        if let plan = g.render(symbol: "plan") { g.remember("plan", plan) }
        g.remember("topic", repairSubject ?? slot.scenario.topic ?? "this")
        // the reference the agent asks for: an order's, a booking's, a membership's
        if !repair, slot.problem != nil {
            var refRNG = TextRNG(seed: seed, label: "conversations.ref", index: slot.index * 64 + attempt)
            let digits = 10_000 + refRNG.below(90_000)
            g.remember("ref", ConversationBank.refPrefix(ofOrderWord: ConversationBank.orderWord(type)) + "-\(digits)")
        }

        guard let p = slot.problem else {
            // advice on a topic the prompt does not name: each question with its own answer
            var messages: [String] = []
            askAndAnswer(opening: "advice_open_qa", then: "advice_followup_qa", into: &messages, turns: slot.turns, grammar: &g)
            return ConversationText(messages: messages)
        }
        // The customer's problem and the agent's fix are drawn as one `opening :: fix` line, and each
        // follow-up question with its own answer, so the fix answers this problem and the answer this question.
        let (opening, fix) = pair(&g, "story.\(p)")
        let (question, answer) = pair(&g, "followup_qa.\(p)")
        var moves: [(user: String, assistant: String)] = [
            (opening, (g.render(symbol: "empathy") ?? "Sorry about that") + ". " + (g.render(symbol: "ask_id") ?? "")),
            (g.render(symbol: "give_id", maxRepeats: Int.max) ?? "", fix),
            (question, answer),
        ]
        while moves.count < slot.turns {
            let extra = pair(&g, "extra_qa")
            moves.append(extra)
        }
        return ConversationText(messages: moves.prefix(slot.turns).flatMap { [$0.user, $0.assistant] })
    }

    /// The two halves of a `first :: second` line of `symbol`, each polished.
    static func pair(_ g: inout Grammar, _ symbol: String) -> (String, String) {
        let parts = (g.render(symbol: symbol, maxRepeats: Int.max) ?? "").split(separator: "::", maxSplits: 1)
        let first = parts.first.map { TextPolish.polish(String($0.trimmingSpaces())) } ?? ""
        return (first, parts.count > 1 ? TextPolish.polish(String(parts[1].trimmingSpaces())) : "")
    }

    /// Words that put a fault in software: an app that crashes, a file that will not save.
    static let softwareWords: Set<String> = ["app", "apps", "software", "website", "site", "login", "log", "password",
                                             "account", "accounts", "update", "updates", "upgrade", "error", "errors", "crash",
                                             "crashes", "crashing", "bug", "bugs", "download", "downloads", "sync", "data",
                                             "file", "files", "server", "servers", "email", "emails", "online", "platform",
                                             "system", "screen", "computer", "laptop", "phone", "device", "devices", "printer",
                                             "internet", "wifi", "wi-fi", "network", "api", "browser", "code", "program"]

    /// What broke, when a support scenario with no product type behind it reports a thing someone
    /// comes to repair (a boiler, a leaking roof): the prompt's topic, or the words from a word of
    /// damage on ("broken boiler", "leaking roof"), with nothing in the prompt about software.
    static func repairSubject(_ scenario: Scenario, prompt: String) -> String? {
        // "advice on fixing a leaking tap" asks how to do it; only a support scenario reports it. A
        // product type's own faults are its own, except an appliance an engineer comes to the home for.
        let words = TextTokens.words(prompt.lowercased())
        guard scenario.setting == .support,
              scenario.productType == nil || (scenario.productType == .hardware && words.contains(where: homeAppliances.contains))
        else { return nil }
        // a word of damage says something broke; billing or a refund is not a repair
        guard !words.contains(where: softwareWords.contains), scenario.problems.allSatisfy({ $0 == "technical" }) else { return nil }
        // "tenants reporting maintenance problems to their landlord": a home's upkeep, one fault per conversation
        guard let i = words.firstIndex(where: damageWords.contains) else {
            let upkeep = words.contains { ["maintenance", "repair", "repairs"].contains($0) }
            return upkeep && words.contains(where: homeWords.contains) ? "" : nil
        }
        if let topic = scenario.topic { return topic }
        let stops: Set<String> = ["to", "in", "at", "for", "from", "with", "and", "or", "by", "on", "of", "that", "which"]
        let subject = [words[i]] + words[(i + 1)...].prefix { !stops.contains($0) }.prefix(3)
        return subject.count > 1 ? subject.joined(separator: " ") : nil
    }

    /// Words of a home someone rents or keeps.
    static let homeWords: Set<String> = ["landlord", "landlords", "tenant", "tenants", "flat", "flats", "apartment", "apartments",
                                         "building", "property", "house", "home", "homes", "housing", "letting", "rental", "residents"]
    /// What goes wrong in a home, when a prompt names only its upkeep.
    static let homeFaults = ["leaking kitchen tap", "boiler that keeps cutting out", "heating that won't come on",
                             "blocked shower drain", "damp patch in the bedroom", "front door lock that sticks",
                             "broken extractor fan", "cracked bathroom window", "dripping radiator valve", "broken oven door"]

    /// Appliances repaired where they stand, by an engineer who visits.
    static let homeAppliances: Set<String> = ["boiler", "washing", "dishwasher", "fridge", "freezer", "oven", "cooker",
                                              "dryer", "heater", "furnace", "hob"]

    /// Words that say a thing is damaged: "a broken boiler", "a leaking tap".
    static let damageWords: Set<String> = ["broken", "faulty", "leaking", "leaky", "damaged", "cracked", "blocked",
                                           "flooded", "burst", "dripping", "jammed"]

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
