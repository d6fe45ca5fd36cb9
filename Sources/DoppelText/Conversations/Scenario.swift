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
        ("technical", ["bug", "bugs", "error", "errors", "crash", "crashes", "crashing", "not working", "broken", "outage", "glitch", "technical", "troubleshooting"]),
        ("cancellation", ["cancel", "cancellation", "cancelling", "canceling", "unsubscribe", "close my account", "closing an account"]),
        ("booking", ["booking", "bookings", "reservation", "reservations", "reschedule", "rebook", "appointment", "appointments", "change flight"]),
        ("product_question", ["how to", "feature", "features", "pricing", "plans", "upgrade", "upgrading", "recommendation", "product questions"]),
        ("complaint", ["complaint", "complaints", "rude", "disappointed", "unhappy", "poor service", "angry", "frustrated"]),
    ]

    static let supportCues = ["customer", "customers", "support", "service", "agent", "agents", "help desk", "helpdesk",
                              "call center", "call centre", "chatbot", "assistant", "representative", "ticket"]

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
        if problems == ["product_question"], !hasSupportCue, productType == nil, padded.contains(" how to ") {
            problems = []
        }
        let isSupport = !problems.isEmpty || hasSupportCue
        return Scenario(setting: isSupport ? .support : .advice, productType: productType,
                        problems: problems, topic: topicPhrase(prompt), productName: quotedName(prompt))
    }

    /// The words after "about", "on", "regarding", … (or after "how to"), up to punctuation, at most twelve words.
    static func topicPhrase(_ prompt: String) -> String? {
        let tokens = prompt.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let markers: Set<String> = ["about", "regarding", "concerning", "involving", "around", "on"]
        // "how to plan a garden": the verb after "how to" opens the topic
        let howTo = tokens.indices.dropLast().first { tokens[$0].lowercased() == "how" && tokens[$0 + 1].lowercased() == "to" }
        let marker = tokens.firstIndex(where: { markers.contains($0.lowercased()) })
        guard let start = marker ?? howTo.map({ $0 + 1 }), start + 1 < tokens.count else { return nil }
        var phrase: [String] = []
        for token in tokens[(start + 1)...] {
            var t = token
            var stop = false
            while let last = t.last, ".,;:!?)\"".contains(last) { t.removeLast(); stop = true }
            if !t.isEmpty { phrase.append(t) }
            if stop || phrase.count >= 12 { break }
        }
        while let first = phrase.first, ["a", "an", "the", "their", "some"].contains(first.lowercased()) { phrase.removeFirst() }
        let text = phrase.joined(separator: " ").filter { !"{}[]|".contains($0) }
        return text.isEmpty ? nil : text
    }

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
