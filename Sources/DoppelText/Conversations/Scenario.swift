/// What a conversation prompt asks for: the setting, domain, problem and topic.
///
/// Extracted with general language rules (keywords, "about …" phrases, quoted
/// names), never with rules for particular prompts.
public struct Scenario: Sendable, Equatable {
    public enum Setting: String, Sendable { case support, advice }

    public var setting: Setting
    /// The product type named or implied, if any.
    public var productType: ProductType?
    /// Support problems named in the prompt, in order of appearance; empty means "vary".
    public var problems: [String]
    /// The subject phrase ("learning Python", "billing problems"), if one was found.
    public var topic: String?
    /// The "a" or "an" the prompt put before `topic` ("advice about a weak hive"), which `topic` drops.
    public var topicArticle: String?
    /// A product or company name given in quotes or after "called"/"named".
    public var productName: String?

    /// Support problem categories and the words that signal them.
    static let problemCues: [(String, [String])] = [
        ("billing", ["bill", "billing", "bills", "charge", "charged", "charges", "invoice", "invoices", "overcharged", "payment", "payments", "fee", "fees"]),
        ("refund", ["refund", "refunds", "money back", "reimburse", "reimbursement"]),
        ("return", ["return", "returns", "returning", "exchange", "send back"]),
        ("delivery", ["delivery", "deliveries", "shipping", "shipment", "package", "parcel", "tracking", "courier", "late order", "lost package"]),
        ("account_access", ["login", "log in", "password", "locked out", "sign in", "two factor", "2fa", "account access", "verification code"]),
        ("onboarding", ["onboarding", "setup", "set up", "setting up", "getting started", "new user", "new users", "first steps", "configure", "configuration", "activation"]),
        ("technical", ["bug", "bugs", "error", "errors", "crash", "crashes", "crashing", "not working", "broken", "outage", "glitch", "technical", "troubleshooting",
                       // (a home's upkeep: `ConversationGenerator.repairSubject`)
                       "maintenance", "repair", "repairs"]),
        ("cancellation", ["cancel", "cancellation", "cancelling", "canceling", "unsubscribe", "close my account", "closing an account"]),
        ("booking", ["booking", "bookings", "reservation", "reservations", "reschedule", "rebook", "appointment", "appointments", "change flight"]),
        ("product_question", ["how to", "feature", "features", "pricing", "plans", "upgrade", "upgrading", "recommendation", "product questions"]),
        ("complaint", ["complaint", "complaints", "rude", "disappointed", "unhappy", "poor service", "angry", "frustrated"]),
    ]

    /// (Not "chatbot" or "assistant": every conversation has one, and "asking a chatbot for recipe
    /// ideas" asks for advice.)
    static let supportCues = ["customer", "customers", "support", "service", "agent", "agents", "help desk", "helpdesk",
                              "call center", "call centre", "representative", "ticket", "front desk", "reception", "receptionist",
                              "helpline", "hotline",
                              // a tenant reports to whoever keeps the home in repair
                              "landlord", "landlords", "letting agent", "property manager", "property management", "tenant",
                              "tenants", "caretaker", "superintendent", "maintenance team"]

    /// The scenario a prompt describes.
    public static func extract(from prompt: String) -> Scenario {
        let words = TextTokens.words(prompt.lowercased())
        let padded = " " + words.joined(separator: " ") + " "
        var found: [(String, Int)] = []
        for (problem, cues) in problemCues {
            var first = Int.max
            for cue in cues {
                if let r = padded.firstRange(of: " " + cue + " ") { first = min(first, padded.distance(from: padded.startIndex, to: r.lowerBound)) }
            }
            if first != Int.max { found.append((problem, first)) }
        }
        var problems = found.sorted { $0.1 < $1.1 }.map(\.0)
        let hasSupportCue = supportCues.contains { padded.contains(" " + $0 + " ") }
        let productType = ProductType.infer(from: prompt)
        // "how to bake sourdough bread" asks for advice; "how to" is a product question only
        // when a product or a support desk is in the prompt
        // ("weekend plans" are not pricing plans either: a product question needs a product or a desk;
        // and "how to mend a broken zip" asks how, whatever it goes on to name)
        if problems.first == "product_question", !hasSupportCue, productType == nil {
            problems = []
        }
        let isSupport = !problems.isEmpty || hasSupportCue
        let topic = topicWords(prompt)
        return Scenario(setting: isSupport ? .support : .advice, productType: productType,
                        problems: problems, topic: topic?.phrase, topicArticle: topic?.article, productName: quotedName(prompt))
    }

    /// The words after the first of "about", "on", "regarding", …, "how to", "help with", "tips for" or
    /// "help" before a gerund ("help learning to bake"), up to punctuation, at most twelve words.
    /// Returned with the "a" or "an" dropped from its front, if one was.
    static func topicWords(_ prompt: String) -> (phrase: String, article: String?)? {
        let tokens = prompt.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let lower = tokens.map { $0.lowercased() }
        let markers: Set<String> = ["about", "regarding", "concerning", "involving", "around", "on"]
        // words that ask for help, and take the topic after "with"/"for" or as a gerund: "tips for saving",
        // "help with my garden", "help learning to bake"
        let asks: Set<String> = ["help", "advice", "tips", "guidance", "ideas", "coaching", "support"]
        // "how to plan a garden": the verb after "how to" opens the topic; so does the gerund after "help"
        let howTo = lower.indices.dropLast().first { lower[$0] == "how" && lower[$0 + 1] == "to" }
        let asked = lower.indices.dropLast().first { i in
            asks.contains(lower[i]) && (["with", "for"].contains(lower[i + 1])
                || (lower[i + 1].hasSuffix("ing") && lower[i + 1].count > 4 && !["during", "something", "nothing", "everything"].contains(lower[i + 1])))
        }.map { i -> Int in
            // "recipe ideas with chicken", "meal ideas using leftovers": the noun before the ask names the topic too
            if i > 0, ["ideas", "tips", "recommendations", "suggestions"].contains(lower[i]),
               !Scenario.notTopic.contains(lower[i - 1]) { return i - 2 }
            return lower[i + 1].hasSuffix("ing") ? i : i + 1
        }
        let marker = lower.firstIndex(where: { markers.contains($0) })
        // "asking for travel recommendations": the topic follows "for", unless an ask does ("asking for help with …")
        // ("asking a chatbot for weeknight meals": "for" may come a few words after the asking)
        let askingFor = lower.indices.dropLast(2).lazy.compactMap { i -> Int? in
            guard ["asking", "ask", "asks", "asked"].contains(lower[i]) else { return nil }
            guard let f = (i + 1..<min(i + 5, lower.count - 1)).first(where: { lower[$0] == "for" }), !asks.contains(lower[f + 1]) else { return nil }
            return f
        }.first
        guard let start = [marker, howTo.map({ $0 + 1 }), asked, askingFor].compactMap({ $0 }).min(), start + 1 < tokens.count else { return nil }
        var phrase: [String] = []
        for token in tokens[(start + 1)...] {
            var t = token
            var stop = false
            while let last = t.last, ".,;:!?)\"".contains(last) { t.removeLast(); stop = true }
            if !t.isEmpty { phrase.append(t) }
            if stop || phrase.count >= 12 { break }
        }
        var article: String?
        while let first = phrase.first?.lowercased(), ["a", "an", "the", "their", "some"].contains(first) {
            article = ["a", "an"].contains(first) ? first : nil
            phrase.removeFirst()
        }
        let text = phrase.joined(separator: " ").filter { !"{}[]|".contains($0) }
        return text.isEmpty ? nil : (text, article)
    }

    /// Words before "ideas" or "tips" that are not what the ideas are for ("some ideas", "asking for tips").
    static let notTopic: Set<String> = ["for", "asking", "ask", "asks", "needs", "need", "wants", "want", "some", "any", "with",
                                        "of", "a", "an", "the", "my", "our", "their", "get", "give", "giving", "offering",
                                        "seeking", "looking", "share", "sharing", "more", "new", "good", "quick", "simple", "practical"]

    /// A name in double quotes, or the capitalised words after "called" / "named".
    static func quotedName(_ prompt: String) -> String? {
        let parts = prompt.split(separator: "\"", omittingEmptySubsequences: false)
        if parts.count >= 3 {
            let name = String(parts[1].trimmingSpaces()).filter { !"{}[]|".contains($0) }
            if !name.isEmpty, name.count <= 40 { return name }
        }
        let tokens = prompt.split(separator: " ").map(String.init)
        if let i = tokens.firstIndex(where: { ["called", "named"].contains($0.lowercased()) }), i + 1 < tokens.count {
            let name = tokens[(i + 1)...].prefix { $0.first?.isUppercase == true }
                .map { String($0.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "&" }) }
                .joined(separator: " ")
            if !name.isEmpty { return name }
        }
        return nil
    }
}
