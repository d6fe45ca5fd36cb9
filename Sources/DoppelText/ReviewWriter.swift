/// Writes one customer review (title and body) from the phrase banks.
///
/// Structure follows complexity: `simple` is one or two sentences; `medium`
/// one paragraph of three to five; `complex` four paragraphs — opening and
/// context, specifics in the review's direction, the counterpoint and a wish,
/// then a comparison and verdict.
struct ReviewWriter {
    let product: ProductType
    let sentiment: Sentiment
    let rating: Int
    let complexity: Complexity

    /// The review for one random stream; the same stream and usage give the same review.
    ///
    /// - Parameter memory: which phrase alternatives and lines earlier reviews of
    ///   the same response used; updated, so the next review prefers others.
    func write(rng: TextRNG, memory: inout PhraseMemory) -> (title: String, content: String) {
        // Longer reviews are composed from the product's facets (see `ReviewComposer`); whole
        // bank lines repeat too often across a response once a text has ten sentences.
        if complexity != .simple {
            return ReviewComposer(product: product, sentiment: sentiment, rating: rating, complexity: complexity)
                .write(rng: rng, memory: &memory)
        }
        var rng = rng
        var g = Self.grammar(product: product, sentiment: sentiment, rating: rating, memory: memory, &rng)
        defer {
            memory.usage = g.usage
            memory.seen = g.seen
        }
        let title = Self.trimmedTitle(g.render(symbol: "title") ?? product.rawValue)
        let paragraphs: [[String]]
        switch complexity {
        case .simple: paragraphs = [simple(&g, &rng)]
        case .medium: paragraphs = [medium(&g, &rng)]
        case .complex: paragraphs = complex(&g, &rng)
        }
        var content = paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
        // Synonyms go in after polishing, so the articles before them are fixed again ("an excellent" → "a first-class").
        content = TextPolish.articles(Thesaurus.vary(content, rate: 0.8, rng: &rng))
        return (title, content)
    }

    static func stars(_ rating: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five"]
        let word = words.indices.contains(rating) ? words[rating] : String(rating)
        return rating == 1 ? "one star" : "\(word) stars"
    }

    /// The grammar a review is written with: its product's banks, a register (casual or formal)
    /// drawn from `rng`, the response's phrase memory and the rating's stars. Shared with
    /// `ReviewComposer`, so simple and composed reviews draw their register the same way.
    static func grammar(product: ProductType, sentiment: Sentiment, rating: Int, memory: PhraseMemory,
                        _ rng: inout TextRNG) -> Grammar {
        let register: Register = rng.chance(0.5) ? .casual : .formal
        var g = Grammar(banks: [product.bank, ReviewBank.shared, ReviewBank.comparisons, LifeBank.shared,
                                SceneBank.shared, NameBank.shared],
                        variants: ["\(sentiment.rawValue).\(register.rawValue)", sentiment.rawValue, register.rawValue,
                                   product.visitedInPerson ? "place" : "remote"],
                        rng: rng.fork())
        g.usage = memory.usage
        g.seen = memory.seen
        g.remember("rating_stars", stars(rating))
        return g
    }

    /// A title without the trailing full stop a sentence symbol may end with.
    static func trimmedTitle(_ t: String) -> String {
        var t = Substring(t)
        while let last = t.last, last == "." || last == " " { t.removeLast() }
        return String(t)
    }

    // MARK: sentences

    private func line(_ s: String, _ g: inout Grammar) -> String { g.render(symbol: s) ?? "" }

    /// A specific line in the given direction: mostly the domain's own, otherwise a
    /// generic frame over the domain's aspects, sometimes dressed with a lead-in or an aside.
    func detail(_ direction: Sentiment, _ g: inout Grammar, _ rng: inout TextRNG, dressed: Bool = true) -> String {
        let roll = rng.unit()
        let symbols: [String]
        switch direction {
        case .positive:
            let first = roll < 0.3 ? "good" : roll < 0.45 ? "praise" : roll < 0.7 ? "praise_more" : "praise_thing"
            symbols = [first, "praise_more", "praise_thing", "good", "praise"]
        case .negative:
            let first = roll < 0.25 ? "bad" : roll < 0.4 ? "complaint" : roll < 0.7 ? "complaint_more" : "complaint_thing"
            symbols = [first, "complaint_more", "complaint_thing", "bad", "complaint"]
        case .neutral:
            let first = roll < 0.35 ? "meh" : roll < 0.65 ? "neutral" : "neutral_thing"
            symbols = [first, "neutral_thing", "neutral", "meh"]
        }
        var text = g.render(firstFreshOf: symbols) ?? ""
        guard dressed else { return text }
        if direction != .neutral, rng.chance(0.3), text.hasSuffix("."), !text.contains(",") {
            text = String(text.dropLast()) + ", " + ReviewWriter.lowerFirst(line(direction == .positive ? "aside_good" : "aside_bad", &g)) + "."
        }
        if direction != .neutral, rng.chance(0.4), Self.takesLead(text) {
            text = line("lead", &g) + " " + ReviewWriter.lowerFirst(text)
        }
        return text
    }

    /// Whether a lead-in that places a sentence in time or offers it as an example ("Last
    /// Monday,", "Early on,", "For example,") can go before `sentence`: the sentence tells of
    /// the past (a past form of "be" or "have", and no present one: "Most recently, the room
    /// is clean" mixes tenses) and does not open with a lead-in of its own ("For example,
    /// honestly, …").
    static func takesLead(_ sentence: String) -> Bool {
        let raw = sentence.lowercased().split(whereSeparator: { $0 == " " })
        if raw.prefix(3).contains(where: { $0.hasSuffix(",") || $0.hasSuffix(":") }) { return false }
        let words = raw.map { String($0.filter { $0.isLetter || $0 == "'" }) }
        if words.contains(where: presentForms.contains) { return false }
        return words.contains(where: pastForms.contains)
    }

    /// Forms of "be", "have" and "do" that put a sentence in the present or the past (`takesLead`).
    static let presentForms: Set<String> = ["is", "are", "am", "has", "have", "isn't", "aren't", "it's", "they're", "i'm",
                                            "that's", "there's", "i've", "we've", "doesn't", "don't", "keeps", "can't"]
    static let pastForms: Set<String> = ["was", "were", "had", "wasn't", "weren't", "did", "didn't"]

    /// A detail introduced by a lead-in ("That said, the ..."), with its first letter lowered.
    private func joined(_ leadSymbol: String, _ direction: Sentiment, _ g: inout Grammar, _ rng: inout TextRNG) -> String {
        let lead = line(leadSymbol, &g)
        return lead + " " + ReviewWriter.lowerFirst(detail(direction, &g, &rng, dressed: false))
    }

    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first, first.isUppercase else { return s }
        let second = s.dropFirst().first
        // keep "I", "I'm", acronyms ("API") and names' capitals
        if first == "I", second == nil || second == " " || second == "'" { return s }
        if let second, second.isUppercase { return s }
        return first.lowercased() + s.dropFirst()
    }

    private var counter: Sentiment {
        switch sentiment {
        case .positive: return .negative
        case .negative: return .positive
        case .neutral: return .neutral
        }
    }

    private func simple(_ g: inout Grammar, _ rng: inout TextRNG) -> [String] {
        var s = [line("opener", &g)]
        if rng.chance(0.6) { s.append(detail(sentiment, &g, &rng)) }
        return s
    }

    private func medium(_ g: inout Grammar, _ rng: inout TextRNG) -> [String] {
        var s = [line("opener", &g)]
        if rng.chance(0.4) { s.append(line("context", &g)) }
        switch sentiment {
        case .positive, .negative:
            s.append(detail(sentiment, &g, &rng))
            if s.count < 3 || rng.chance(0.5) { s.append(detail(sentiment, &g, &rng)) }
        case .neutral:
            s.append(detail(.positive, &g, &rng))
            s.append(joined("contrast", .negative, &g, &rng))
        }
        if s.count < 4, rng.chance(0.3) { s.append(line("wish_line", &g)) }
        s.append(line("verdict", &g))
        return Array(s.prefix(5))
    }

    private func complex(_ g: inout Grammar, _ rng: inout TextRNG) -> [[String]] {
        var opening = [line("opener", &g), line("context", &g)]
        if rng.chance(0.5) { opening.append(line("who_line", &g)) }
        if rng.chance(0.5) { opening.append(line("anecdote", &g)) }

        var body: [String] = []
        let mainDirection: Sentiment = sentiment == .neutral ? .positive : sentiment
        body.append(detail(mainDirection, &g, &rng))
        body.append(detail(mainDirection, &g, &rng))
        body.append(joined("also", mainDirection, &g, &rng))
        if rng.chance(0.5) { body.append(rng.chance(0.5) ? line("incident", &g) : detail(mainDirection, &g, &rng)) }

        var counterpoint: [String] = []
        switch sentiment {
        case .positive:
            counterpoint.append(joined("minor", .negative, &g, &rng))
            if rng.chance(0.4) { counterpoint.append(line("wish_line", &g)) }
        case .negative:
            counterpoint.append(joined("saving", .positive, &g, &rng))
            counterpoint.append(joined("contrast", .negative, &g, &rng))
            if rng.chance(0.4) { counterpoint.append(line("wish_line", &g)) }
        case .neutral:
            counterpoint.append(joined("contrast", .negative, &g, &rng))
            counterpoint.append(detail(.negative, &g, &rng))
            counterpoint.append(detail(.neutral, &g, &rng))
            if rng.chance(0.4) { counterpoint.append(line("wish_line", &g)) }
        }

        if rng.chance(0.4) { counterpoint.insert(line("anecdote", &g), at: 0) }

        var closing: [String] = []
        if rng.chance(0.25) { closing.append(line("compare", &g)) }
        closing.append(line("verdict", &g))
        return [opening, body, counterpoint, closing]
    }
}

/// What the reviews of one response have used so far, so later ones vary.
package struct PhraseMemory: Sendable {
    package init() {}
    var usage: [String: [Int]] = [:]
    var seen: [String: Int] = [:]
}
