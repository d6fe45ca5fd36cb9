/// Writes medium and complex reviews by composing sentences from the product's facets.
///
/// Where `ReviewWriter` picks whole lines from phrase banks, the composer builds each
/// sentence: it takes a facet of the product type (a noun and the qualities that fit
/// it), a direction (praise or complaint), and one of many sentence shapes with varied
/// clause orders and connectors. The rules that keep a text coherent:
/// - each facet is judged once per review, so no text praises and damns the same thing;
/// - the review's direction carries the bulk of its sentences, and any counterpoint is
///   marked as minor ("my only gripe", "to be fair … but that hardly makes up for it");
/// - the opener and verdict agree with the rating;
/// - verbs agree with their noun (`ReviewFacet.plural`), and articles are fixed last.
struct ReviewComposer {
    let product: ProductType
    let sentiment: Sentiment
    let rating: Int
    let complexity: Complexity

    /// The review for one random stream; the same stream and memory give the same review.
    func write(rng: TextRNG, memory: inout PhraseMemory) -> (title: String, content: String) {
        var rng = rng
        var g = ReviewWriter.grammar(product: product, sentiment: sentiment, rating: rating, memory: memory, &rng)
        defer {
            memory.usage = g.usage
            memory.seen = g.seen
        }
        var draft = ReviewDraft(product: product, facets: FacetLexicon.facets(for: product), grammar: g, rng: rng.fork())
        let paragraphs: [[String]]
        switch complexity {
        case .simple, .medium: paragraphs = [medium(&draft, &rng)]
        case .complex: paragraphs = complex(&draft, &rng)
        }
        // The title speaks of what the text praised or faulted ("Let down by the breakfast"
        // over a review about the breakfast), not of an aspect drawn apart from it.
        if let good = draft.judged.first(where: { $0.direction == .positive }) { draft.grammar.remember("title_good", good.noun) }
        if let bad = draft.judged.first(where: { $0.direction == .negative }) { draft.grammar.remember("title_bad", bad.noun) }
        let title = ReviewWriter.trimmedTitle(draft.grammar.render(symbol: "title") ?? product.rawValue)
        g = draft.grammar
        let content = paragraphs.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "\n\n")
        // Near-synonyms at a low rate, then articles fixed again ("an excellent" → "a first-class").
        return (title, TextPolish.articles(Thesaurus.vary(content, rate: 0.8, rng: &rng)))
    }

    private var main: Sentiment { sentiment == .neutral ? .positive : sentiment }

    private func medium(_ d: inout ReviewDraft, _ rng: inout TextRNG) -> [String] {
        var s = [d.opener(sentiment)]
        // Some people start with where they were, not with the verdict.
        if rng.chance(0.2) { s.insert(d.context(), at: rng.chance(0.5) ? 0 : 1) }
        switch sentiment {
        case .positive, .negative:
            s.append(d.judgement(sentiment))
            let roll = rng.unit()
            if roll < 0.35 { s.append(d.scene(after: s)) } else if roll < 0.7 { s.append(d.judgement(sentiment)) }
        case .neutral:
            s.append(d.judgement(.positive))
            if rng.chance(0.3) { s.append(d.scene(after: s)) }
            d.written = s.joined(separator: " ").lowercased()
            s.append(d.counterpoint(against: .positive))
        }
        s.append(d.verdict(sentiment))
        return s
    }

    private func complex(_ d: inout ReviewDraft, _ rng: inout TextRNG) -> [[String]] {
        var opening = [d.opener(sentiment), d.context()]
        // Some reviews open on the circumstances, then the verdict.
        if rng.chance(0.25) { opening.swapAt(0, 1) }
        // The context line may already say who the reviewer is; one self-introduction is enough.
        if rng.chance(0.25), !opening.contains(where: { $0.contains("I'm") }) { opening.append(d.persona()) }

        // One concrete, product-specific line with a figure in it anchors every long review.
        // Beside the composed judgements, the bank's own detail lines (aspects, things, staff,
        // times) and a scene from the reviewer's own experience, which vary in different
        // places than the facet sentences do.
        let lines = ReviewWriter(product: product, sentiment: sentiment, rating: rating, complexity: complexity)
        // The product's own concrete lines are few; a review that already has its figure
        // (a stay of 3 nights) tells a scene instead about two times in three.
        let hasFigure = opening.contains { $0.contains(where: \.isNumber) }
        // What is written is noted as it is written, so a later judgement takes a facet the
        // text has not yet named (a scene that faulted the menu is not followed by praise of it).
        var body: [String] = []
        func add(_ sentence: String) {
            body.append(sentence)
            d.written += " " + sentence.lowercased()
        }
        d.written = opening.joined(separator: " ").lowercased()
        add(d.judgement(main))
        add(!hasFigure || rng.chance(0.35) ? d.domainLine(main, needsFigure: !hasFigure) : d.scene(after: opening))
        add(d.scene(after: opening))
        if rng.chance(0.6) { add(d.judgement(main)) }
        add(rng.chance(0.5) ? lines.detail(main, &d.grammar, &rng) : d.scene(after: opening))
        if rng.chance(0.15) { add(d.list(main)) }
        rng.shuffle(&body)

        var counterpoint: [String] = []
        switch sentiment {
        case .positive:
            counterpoint.append(d.counterpoint(against: .positive))
        case .negative:
            counterpoint.append(d.counterpoint(against: .negative))
            counterpoint.append(d.judgement(.negative))
        case .neutral:
            counterpoint.append(d.counterpoint(against: .positive))
            counterpoint.append(d.mildComplaint())
        }
        if rng.chance(0.35) { counterpoint.append(d.wish()) }
        let verdict = [d.verdict(sentiment)]

        // Paragraphing varies as people's does (three or four blocks): the usual four, a long
        // first block, the verdict closing the last block, or the counterpoint run on from the body.
        switch rng.below(5) {
        case 0:
            return [opening + body.prefix(2), Array(body.dropFirst(2)) + counterpoint, verdict]
        case 1:
            return [opening, body, counterpoint + verdict]
        case 2:
            return [opening, body + counterpoint, verdict]
        default:
            return [opening, body, counterpoint, verdict]
        }
    }
}
