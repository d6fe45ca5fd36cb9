/// One review being composed: its facets still unjudged, its grammar (for the product's
/// name, story and staff) and its random stream. Sentence shapes are in `ReviewDraft+Shapes`.
struct ReviewDraft {
    let product: ProductType
    var grammar: Grammar
    var rng: TextRNG
    /// Facets not yet judged in this review, in a random order; each is used once.
    private var unused: [ReviewFacet]
    /// Shapes already used in this review, so a text does not repeat a sentence pattern.
    var usedShapes = Set<Int>()
    /// The nouns of the facets drawn so far, as written ("the bed" when "mattress" was called so).
    private(set) var drawnNouns: [String] = []
    /// The facets the text has judged, in the order written into it, each with its direction:
    /// the title speaks of one of these (`ReviewComposer`).
    var judged: [(noun: String, direction: Sentiment)] = []

    init(product: ProductType, facets: [ReviewFacet], grammar: Grammar, rng: TextRNG) {
        self.product = product
        self.grammar = grammar
        self.rng = rng
        var order = facets
        self.rng.shuffle(&order)
        unused = order
        // Scenes say "my {@visit}"; the same word the composer's own shapes use.
        self.grammar.remember("visit", visit)
    }

    /// What the reviewer did with the product, for "my {visit}".
    var visit: String {
        switch product {
        case .hotel: return "stay"
        case .restaurant: return "meal"
        case .airline: return "flight"
        case .carRental: return "rental"
        case .foodDelivery, .ecommerce: return "order"
        case .hardware: return "purchase"
        case .healthcare: return "visit"
        case .fitness: return "membership"
        case .education: return "course"
        case .mobileApp, .webApp, .saas, .game, .streaming, .bank, .insurance, .telecom: return "experience"
        }
    }

    /// The text written so far, lowercased, when the next judgements turn against the review's
    /// direction: a facet it already names ("the showers are lukewarm") is not drawn again
    /// for the other side ("their showers were strong").
    var written = ""

    /// The next unjudged facet (a fresh cycle when all are used, which only very long texts reach).
    mutating func facet() -> ReviewFacet {
        if unused.isEmpty {
            unused = FacetLexicon.facets(for: product)
            rng.shuffle(&unused)
        }
        if !written.isEmpty, let i = unused.lastIndex(where: { !named(in: written, $0) }), i != unused.count - 1 {
            unused.swapAt(i, unused.count - 1)
        }
        guard var next = unused.popLast() else {
            return ReviewFacet(noun: product.rawValue, plural: false, good: ["good"], bad: ["poor"])
        }
        // Reviewers say "their checkout" as often as "the checkout".
        if rng.chance(0.3) { next.determiner = "their" }
        guard !next.otherNames.isEmpty, let name = rng.pick([next.noun] + next.otherNames) else {
            drawnNouns.append(next.noun)
            return next
        }
        drawnNouns.append(name)
        return next.named(name)
    }

    /// Whether `text` (lowercased) names `facet` under any of its names, by the last word of
    /// each ("shower" in "the showers are lukewarm" names "rain shower").
    private func named(in text: String, _ facet: ReviewFacet) -> Bool {
        ([facet.noun] + facet.otherNames).contains { name in
            guard let head = name.lowercased().split(separator: " ").last else { return false }
            let stem = head.hasSuffix("s") && head.count > 4 ? head.dropLast() : head
            return text.contains(stem)
        }
    }

    /// Notes the facets drawn since `start` as judged in `direction`.
    mutating func judgedSince(_ start: Int, _ direction: Sentiment) {
        judged += drawnNouns[start...].map { ($0, direction) }
    }

    /// One of `items`, not reused until the list is spent across the whole response
    /// (the rotation is kept in the grammar's usage, which the response carries).
    mutating func any(_ items: [String]) -> String {
        guard let first = items.first else { return "" }
        return items[unusedIndex("composer." + first, count: items.count)]
    }

    /// An index in `0..<count` not yet handed out under `key`, until all have been.
    mutating func unusedIndex(_ key: String, count: Int) -> Int {
        var taken = grammar.usage[key] ?? []
        if taken.count >= count { taken.removeAll() }
        var i = rng.below(count - taken.count)
        for t in taken.sorted() where t <= i { i += 1 }
        taken.append(i)
        grammar.usage[key] = taken
        return i
    }

    /// Whether a whole sentence has come out fewer than twice in this response; counts it when so.
    mutating func fresh(_ sentence: String) -> Bool {
        guard grammar.seen[sentence, default: 0] < 2 else { return false }
        grammar.seen[sentence, default: 0] += 1
        return true
    }

    /// A quality of `facet` in `direction`, and a second, different one.
    ///
    /// With `general`, either may be a judgement that fits any noun ("superb", "a letdown"),
    /// so a facet is not always judged in its own few words; a minor counterpoint passes
    /// false, since "a disgrace" is never a small gripe.
    mutating func qualities(_ facet: ReviewFacet, _ direction: Sentiment, general: Bool = true) -> (String, String) {
        let list = direction == .negative ? facet.bad : facet.good
        let key = "facet.\(direction.rawValue).\(facet.noun)"
        let first = unusedIndex(key, count: list.count)
        var second = list.count > 1 ? list[(first + 1 + rng.below(list.count - 1)) % list.count] : list[first]
        guard general else { return (list[first], second) }
        let anyWords = direction == .negative ? ReviewWords.anyBad : ReviewWords.anyGood
        if rng.chance(0.45) { second = any(anyWords) }
        if rng.chance(0.2) { return (second == list[first] ? any(anyWords) : second, list[first]) }
        return (list[first], second)
    }

    /// The facet with a one-word quality in front ("the lumpy mattress", "their slick checkout").
    mutating func described(_ facet: ReviewFacet, _ direction: Sentiment) -> String {
        attributed(facet, direction, avoiding: []).phrase
    }

    /// `facet` with a one-word quality of `direction` before its noun, other than those in `avoiding`
    /// (a sentence that then says "was spotless" does not also say "the spotless bathroom").
    mutating func attributed(_ facet: ReviewFacet, _ direction: Sentiment, avoiding: Set<String>) -> ReviewFacet {
        // Words that are not adjectives before a noun ("none", "ready") stay after "was".
        let notBefore: Set<String> = ["none", "ready", "waiting", "available"]
        let usable = { (q: String) in !q.contains(" ") && !notBefore.contains(q) && !avoiding.contains(q) }
        let own = (direction == .negative ? facet.bad : facet.good).filter(usable)
        let anyWords = (direction == .negative ? ReviewWords.anyBad : ReviewWords.anyGood).filter(usable)
        let pool = own.isEmpty || rng.chance(0.3) ? anyWords : own
        guard !pool.isEmpty else { return facet }
        return facet.described(pool[rng.below(pool.count)])
    }

    /// A quality with an intensifier in front when it is a single word ("really lumpy"), sometimes.
    mutating func intensified(_ quality: String, _ direction: Sentiment) -> String {
        guard !quality.contains(" "), !quality.contains("-"), rng.chance(0.55) else { return quality }
        return intensifier(for: quality, direction) + " " + quality
    }

    /// An intensifier that fits `adjective`: any for a gradable one, "absolutely" and the like for "superb".
    mutating func intensifier(for adjective: String, _ direction: Sentiment) -> String {
        if ReviewWords.extremes.contains(adjective) { return any(ReviewWords.extremeIntensifiers) }
        if ReviewWords.absolutes.contains(adjective) { return any(ReviewWords.absoluteIntensifiers) }
        return any(direction == .negative ? ReviewWords.harshIntensifiers : ReviewWords.intensifiers)
    }

    /// "a bit lumpy" for a one-word quality, "at times missing" for one with no degrees; longer
    /// ones stand as they are.
    mutating func softened(_ quality: String) -> String {
        if quality.contains(" ") { return quality }
        if ReviewWords.absolutes.contains(quality) { return any(["at times", "occasionally", "now and then"]) + " " + quality }
        return any(["a bit", "slightly", "a little", "somewhat", "a touch", "at times"]) + " " + quality
    }

    /// The product's name or reference, as the grammar gives it ("the hotel", "the Linden Inn").
    ///
    /// Only a leading function word loses its capital ("the hotel"); a name keeps it ("Maple Mutual").
    mutating func it() -> String {
        let name = grammar.render("{it}")
        let first = name.prefix { $0 != " " }
        return ["The", "This", "That", "Their", "Our", "My", "A", "An"].contains(first) ? ReviewWriter.lowerFirst(name) : name
    }

    /// A grammar expansion placed mid-sentence: the polish's capital undone ("the Linden Inn", "night manager").
    mutating func inline(_ template: String) -> String { ReviewWriter.lowerFirst(grammar.render(template)) }

    /// Fills `{it}` and `{visit}` in a sentence from `ReviewWords`.
    mutating func fill(_ template: String) -> String {
        var out = template
        while let r = out.range(of: "{it}") { out.replaceSubrange(r, with: it()) }
        while let r = out.range(of: "{visit}") { out.replaceSubrange(r, with: visit) }
        return TextPolish.capitalised(out)
    }


    // MARK: parts of the review outside the facets

    mutating func opener(_ sentiment: Sentiment) -> String {
        // The bank's openers have more alternatives; the fixed ones here put the verdict first.
        if rng.chance(0.2) {
            let own: String
            switch sentiment {
            case .positive: own = fill(any(ReviewWords.goodOpeners))
            case .negative: own = fill(any(ReviewWords.badOpeners))
            case .neutral: own = fill(any(ReviewWords.mixedOpeners))
            }
            if fresh(own) { return own }
        }
        return grammar.render(symbol: "opener") ?? ""
    }

    /// How the reviewer came to the product: the bank's context lines, or now and then one
    /// composed from the scene parts (who they are, why, when; see `SceneBank`).
    mutating func context() -> String {
        if rng.chance(0.3), let composed = grammar.render(symbol: "sc_context"), fresh(composed) { return composed }
        return grammar.render(symbol: "context") ?? ""
    }

    mutating func persona() -> String {
        // Someone "came along" to a place, not to an app or an online shop.
        let company = product.visitedInPerson ? "|a {@occupation}, and {@companion} came along" : ""
        let line = grammar.render("[For context,|A bit about me:|Some background:|Where I'm coming from:] I'm [{persona}|a {@occupation} from {city}\(company)].")
        return fresh(line) ? line : ""
    }

    mutating func wish() -> String { grammar.render(symbol: "wish_line") ?? "" }

    mutating func verdict(_ sentiment: Sentiment) -> String {
        if rng.chance(0.25) {
            let own: String
            switch sentiment {
            case .positive: own = fill(any(ReviewWords.goodVerdicts))
            case .negative: own = fill(any(ReviewWords.badVerdicts))
            case .neutral: own = fill(any(ReviewWords.mixedVerdicts))
            }
            if fresh(own) { return own }
        }
        return grammar.render(symbol: "verdict") ?? ""
    }

    /// One of the product type's own concrete lines (one with a figure in it when the bank
    /// has one), followed by a reaction that says how it felt.
    ///
    /// - Parameter needsFigure: whether the text so far has no figure; only then is a line
    ///   with one preferred, so the few such lines do not come back in every review.
    mutating func domainLine(_ direction: Sentiment, needsFigure: Bool = true) -> String {
        let symbol = direction == .negative ? "bad" : "good"
        var line = grammar.render(symbol: symbol) ?? ""
        for _ in 0..<4 where needsFigure && !line.contains(where: \.isNumber) {
            line = grammar.render(symbol: symbol) ?? line
        }
        // A bank line already out more than twice in this response gives way to a composed one.
        guard !line.isEmpty, grammar.seen[line, default: 0] <= 2 else { return judgement(direction) }
        guard rng.chance(0.7) else { return line }
        return line + " " + reaction(direction)
    }

    /// A short reaction sentence, or nothing when each has already come out twice.
    mutating func reaction(_ direction: Sentiment) -> String {
        let bad = direction == .negative
        var r = any(bad ? ReviewWords.badReactions : ReviewWords.goodReactions)
        if rng.chance(0.6) {
            // Composed: "Genuinely lovely." / "That was frankly careless."
            let word = any(bad ? ReviewWords.reactionBad : ReviewWords.reactionGood)
            let lead = bad ? ReviewWords.harshReactionIntensifiers : ReviewWords.reactionIntensifiers
            let words = any(lead) + " " + word
            r = TextPolish.capitalised(any(["", "", "That was ", "It was "]) + words) + "."
        }
        return fresh(r) ? r : ""
    }

    /// A moment of the reviewer's own experience in the review's direction (see `SceneBank`).
    ///
    /// - Parameter introduced: the text so far; when it has the reviewer say who they are
    ///   ("I'm a teacher") in words other than the remembered occupation, a scene that would
    ///   name an occupation is drawn again, so one text keeps one reviewer.
    mutating func scene(after introduced: [String] = []) -> String {
        let selfIntroduced = introduced.contains { $0.contains("I'm a") || $0.contains("I'm an") || $0.contains("I'm someone") }
        for _ in 0..<4 {
            let hadOccupation = grammar.remembered("occupation") != nil
            let line = grammar.render(symbol: "scene") ?? ""
            if selfIntroduced, !hadOccupation, grammar.remembered("occupation") != nil {
                grammar.forget("occupation")
                continue
            }
            return line
        }
        return ""
    }
}
