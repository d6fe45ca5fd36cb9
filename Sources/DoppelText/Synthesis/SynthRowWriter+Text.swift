import DoppelJSON

extension SynthRowWriter {
    mutating func string(_ kind: SynthStringKind, key: String?) -> String {
        switch kind {
        case .email(let domains):
            let (first, last) = person ?? name()
            var r = rng
            let address = NameBank.email(first: first, last: last, rng: &r)
            rng = r
            let local = address.split(separator: "@").first.map(String.init) ?? "user"
            return local + "@" + (rng.pick(domains) ?? "example.com")
        case .url(let hosts):
            let words = ["account", "orders", "help", "products", "blog", "docs", "support", "items", "guides", "profile"]
            return "https://\(rng.pick(hosts) ?? "example.com")/\(rng.pick(words) ?? "items")/\(rng.int(in: 1000...99999))"
        case .uuid(let upper): return StringPattern.uuid(uppercase: upper, rng: &rng)
        case .date(let lo, let hi):
            let pad = max(30, (hi - lo) / 10)
            return StringPattern.formatDay(lo - pad + Int64(rng.below(Int(hi - lo + 2 * pad) + 1)))
        case .datetime(let lo, let hi, let style):
            let pad = max(30 * 86_400, (hi - lo) / 10)
            let second = lo - pad + Int64(rng.below(Int(hi - lo + 2 * pad) + 1))
            return StringPattern.formatDatetime(second, style: style, rng: &rng)
        case .time(let withSeconds):
            let t = "\(SynthRowWriter.two(rng.int(in: 7...21))):\(SynthRowWriter.two(rng.below(60)))"
            return withSeconds ? t + ":" + SynthRowWriter.two(rng.below(60)) : t
        case .phone(let template): return StringPattern.phone(template, rng: &rng)
        case .code(let template): return StringPattern.code(template, rng: &rng)
        case .personName(let part):
            let (first, last) = name()
            person = (first, last)
            switch part {
            case .first: return first
            case .last: return last
            case .full: return first + " " + last
            }
        case .text(let minWords, let maxWords, let seen): return text(minWords: minWords, maxWords: maxWords, key: key ?? "", seen: seen)
        case .label(let values): return label(values, key: key ?? "")
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    mutating func name() -> (String, String) {
        let bank = NameBank.shared
        return (rng.pick(bank["first"] ?? []) ?? "Alex", rng.pick(bank["last"] ?? []) ?? "Morgan")
    }

    /// Whether a label under `key` is invented anew (a city, a company), not taken from those seen.
    static func inventsLabel(key: String) -> Bool {
        let k = key.lowercased()
        return ["city", "town", "company", "brand", "vendor", "merchant"].contains { k.contains($0) }
    }

    /// Short labels: cities and companies get new ones; other labels come from those seen.
    private mutating func label(_ values: [String], key: String) -> String {
        let k = key.lowercased()
        if k.contains("city") || k.contains("town"), let city = rng.pick(LifeBank.shared["city"] ?? []) { return city }
        if k.contains("company") || k.contains("brand") || k.contains("vendor") || k.contains("merchant") {
            var g = Grammar(banks: [productType.bank, ReviewBank.shared], rng: rng.fork())
            return g.render(symbol: "brand") ?? (rng.pick(values) ?? "")
        }
        return rng.pick(values) ?? ""
    }

    /// Free text on the prompt's topic, about as long as the examples' text was: a review where the column
    /// holds opinions (`review`, `comment`, `feedback`, or any text of a row with a rating or sentiment),
    /// else the examples' own sentences recombined (`recombined`).
    mutating func text(minWords: Int, maxWords: Int, key: String, seen: [String] = []) -> String {
        let k = key.lowercased()
        let target = rng.int(in: max(1, minWords)...max(minWords, maxWords, 1))
        if ["title", "subject", "headline", "heading"].contains(where: { k.contains($0) }) {
            return review(words: target).title
        }
        // (an `instruction` to a model asks; `care_instructions` are notes)
        if ["question", "query", "prompt", "input", "request", "message", "instruction"].contains(where: { k.contains($0) }),
           !k.hasSuffix("instructions") {
            if exchange == nil { exchange = conversationMessages(turns: 2) }
            return exchange?.first ?? review(words: target).content
        }
        if ["answer", "response", "reply", "output", "completion", "resolution"].contains(where: { k.contains($0) }) {
            // the agent's fix, not its request for details: an answer beside a question resolves it
            if exchange == nil { exchange = conversationMessages(turns: 2) }
            let messages = exchange ?? []
            return messages.count > 3 ? messages[3] : messages.count > 1 ? messages[1] : review(words: target).content
        }
        if !SynthRowWriter.holdsOpinions(key: k, rated: mood != nil), let text = recombined(seen, words: target) { return text }
        return fit(review(words: target).content, words: target)
    }

    /// Whether a text column holds someone's opinion, which the review writer writes.
    static func holdsOpinions(key: String, rated: Bool) -> Bool {
        rated || ["review", "comment", "feedback", "testimonial", "opinion", "experience"].contains { key.contains($0) }
    }

    /// New text from the examples' own sentences: whole sentences drawn from every example's text in the
    /// column until about `words` words, so care notes stay care notes and a log stays a log. A sentence
    /// naming something of its own (a capitalised word inside it: "Brown tips on the Pothos") is used only
    /// in the row made from that example. Nil when no other text can be made (one sentence in all).
    private mutating func recombined(_ seen: [String], words: Int) -> String? {
        let donor = Set(TextTokens.words(exampleText))
        var pool: [String] = []
        for text in seen {
            for sentence in TextVariety.sentences(text) where !pool.contains(sentence) {
                let named = TextTokens.words(sentence).dropFirst().filter { $0.first?.isUppercase == true && $0 != "I" }
                if named.allSatisfy(donor.contains) { pool.append(sentence) }
            }
        }
        guard pool.count >= 2 else { return nil }
        let copies = Set(seen)
        for _ in 0..<6 {
            rng.shuffle(&pool)
            var kept: [String] = []
            var count = 0
            for sentence in pool where count < words || kept.isEmpty {
                kept.append(sentence)
                count += TextTokens.words(sentence).count
            }
            let text = kept.joined(separator: " ")
            if !copies.contains(text) { return text }
        }
        return nil
    }

    private mutating func review(words: Int) -> (title: String, content: String) {
        let mood = self.mood ?? [Sentiment.positive, .neutral, .negative][rng.below(3)]
        let complexity: Complexity = words <= 30 ? .simple : words <= 90 ? .medium : .complex
        let rating = mood == .positive ? 4 + rng.below(2) : mood == .neutral ? 3 : 1 + rng.below(2)
        let writer = ReviewWriter(product: productType, sentiment: mood, rating: rating, complexity: complexity)
        return writer.write(rng: rng.fork(), memory: &memory)
    }

    /// Whole sentences up to about `words` words (at least one sentence).
    private func fit(_ text: String, words: Int) -> String {
        var kept: [String] = []
        var count = 0
        for sentence in TextVariety.sentences(text) {
            kept.append(sentence)
            count += TextTokens.words(sentence).count
            if count >= words { break }
        }
        return kept.joined(separator: " ")
    }

    /// A conversation on the prompt's scenario, alternating user and assistant from the user.
    mutating func conversationMessages(turns: Int) -> [String] {
        // The example the row is made from says what it is about ("Why is my bill higher?" is billing).
        let donorProblem = exampleText.isEmpty ? nil : Scenario.extract(from: exampleText).problems.first
        let problem: String? = scenario.setting == .support || scenario.problems.isEmpty == false
            ? (donorProblem ?? (scenario.problems.isEmpty ? rng.pick(ConversationGenerator.problems(for: scenario.productType))
                                                          : scenario.problems[rowIndex % scenario.problems.count]))
            : nil
        var g = Grammar(banks: [productType.bank, ReviewBank.shared], rng: rng.fork())
        let product = scenario.productName ?? g.render(symbol: "brand") ?? "the service"
        let slot = ConversationSlot(index: rowIndex, scenario: scenario, problem: problem, turns: max(1, turns), productName: product)
        return ConversationGenerator.write(slot, seed: seed ^ rng.next(), attempt: 0, memory: &memory).messages
    }

    /// A transcript like the examples', plus `extraReplies` further messages for sibling reply objects.
    mutating func messages(_ turns: SynthTurns, extraReplies: Int) -> (prefix: [JSON], replies: [JSON]) {
        let n = rng.int(in: max(1, turns.counts.lowerBound)...max(1, turns.counts.upperBound))
        let total = n + extraReplies
        var texts = conversationMessages(turns: total / 2 + 2)
        let assistantLike = ["assistant", "agent", "bot", "ai", "model", "support", "gpt"]
        let userRole = turns.roles.first { !assistantLike.contains($0.lowercased()) } ?? "user"
        let assistantRole = turns.roles.first { assistantLike.contains($0.lowercased()) } ?? "assistant"
        var roles: [String] = []
        if !turns.userFirst {
            texts.insert("Hi, thanks for getting in touch. How can I help today?", at: 0)
            roles = (0..<texts.count).map { $0 % 2 == 0 ? assistantRole : userRole }
        } else {
            roles = (0..<texts.count).map { $0 % 2 == 0 ? userRole : assistantRole }
        }
        var all: [JSON] = []
        for i in 0..<min(total, texts.count) {
            var o = JSONObject()
            o.appendUnique("role", .string(roles[i]))
            o.appendUnique("content", .string(texts[i]))
            for member in turns.extra { o.appendUnique(member.key, value(member.shape, key: member.key)) }
            all.append(.object(o))
        }
        var prefix = Array(all.prefix(n))
        if turns.hasSystem {
            let system = turns.system ?? "You are a helpful, accurate assistant. Be concise and friendly."
            prefix.insert(["role": "system", "content": .string(system)], at: 0)
        }
        return (prefix, Array(all.dropFirst(n)))
    }
}
