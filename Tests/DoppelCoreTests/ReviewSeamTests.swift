import Testing
@testable import DoppelText

/// Seams a careful reader found in long reviews: a time lead before a present-tense sentence,
/// weeks of use at a hotel, anger in a three-star review, a companion who "came along" to an
/// app, "even" before a judgement of several words, a thing praised after it was faulted.
@Suite struct ReviewSeamTests {
    @Test func aLeadGoesOnlyBeforeAPlainPastSentence() {
        #expect(ReviewWriter.takesLead("The shuttle was late and nobody apologised."))
        #expect(ReviewWriter.takesLead("We had to wait an hour for a table."))
        // present tense: "Most recently, portions are generous" mixes tenses
        #expect(!ReviewWriter.takesLead("Portions are generous and the bread is fresh."))
        #expect(!ReviewWriter.takesLead("It's the only gym I've stayed with, and it was worth it."))
        // a sentence with a lead of its own: "To give one example, honestly, …"
        #expect(!ReviewWriter.takesLead("Honestly, the meal was superb."))
        #expect(!ReviewWriter.takesLead("Credit where it's due: the room was spotless."))
        // no tense to place
        #expect(!ReviewWriter.takesLead("Worth every penny."))
    }

    /// Drawn long reviews of every product type and rating.
    @Test func drawnReviewsKeepTheirStory() {
        let angry = ["livid", "fuming", "furious", "exasperated", "a disgrace", "appalled", "infuriating", "miserable"]
        var rng = TextRNG(seed: 0x5EA4)
        for draw in 0..<900 {
            let seed = rng.next()
            let (product, sentiment, rating, _) = ReviewComposerTests.drawnReview(seed)
            var memory = PhraseMemory()
            let text = ReviewComposer(product: product, sentiment: sentiment, rating: rating, complexity: .complex)
                .write(rng: TextRNG(seed: seed), memory: &memory).content
            let lower = text.lowercased()
            let context = "draw \(draw) seed \(seed) \(product) \(sentiment): \(text)"
            if sentiment == .neutral {
                #expect(!angry.contains(where: lower.contains), "anger in a three-star review: \(context)")
            }
            if product.visitedInPerson {
                // a stay, a meal or a flight is not used for weeks
                #expect(!lower.contains("weeks in,") && !lower.contains("months in,"), "\(context)")
                #expect(!lower.contains("in everyday situations") && !lower.contains("through its paces"), "\(context)")
            } else {
                #expect(!lower.contains("came along"), "\(context)")
            }
            for word in ["a", "an", "hard", "better", "worse", "not", "spot"] {
                #expect(!lower.contains(", even \(word) "), "\"even\" before a phrase: \(context)")
            }
        }
    }

    /// A facet the text already names is not drawn while another is left.
    @Test(arguments: ProductType.allCases)
    func aFacetAlreadyNamedIsNotDrawnAgain(product: ProductType) {
        let facets = FacetLexicon.facets(for: product)
        var rng = TextRNG(seed: 3)
        let g = ReviewWriter.grammar(product: product, sentiment: .negative, rating: 2, memory: PhraseMemory(), &rng)
        var checked = 0
        for keep in facets {
            let written = facets.filter { $0.noun != keep.noun }.map { "the \($0.noun)" }.joined(separator: ", ").lowercased()
            // only a facet none of whose names hides in the others' ("room" in "the bathroom")
            let heads = ([keep.noun] + keep.otherNames).compactMap { $0.lowercased().split(separator: " ").last.map { $0.dropLast($0.count > 4 && $0.hasSuffix("s") ? 1 : 0) } }
            guard !heads.contains(where: { written.contains($0) }) else { continue }
            for seed in 0..<5 {
                var d = ReviewDraft(product: product, facets: facets, grammar: g, rng: TextRNG(seed: UInt64(seed)))
                d.written = written
                let drawn = d.facet()
                #expect(([keep.noun] + keep.otherNames).contains(drawn.noun), "\(product): drew \(drawn.noun), the text names all but \(keep.noun)")
            }
            checked += 1
        }
        #expect(checked >= 3, "\(product): only \(checked) facets checked")
    }

    @Test func aSwapNeverBringsInAWordTheTextHas() {
        for seed in 0..<200 {
            var rng = TextRNG(seed: UInt64(seed))
            // "slow" has only "sluggish" to become, which the sentence already has
            #expect(Thesaurus.vary("The launch was slow, even sluggish.", rate: 1, rng: &rng) == "The launch was slow, even sluggish.")
        }
    }

    @Test func aCompanionIsOnePerson() throws {
        let companions = try #require(LifeBank.shared["companion"])
        for c in companions {
            // "my book club" and "my team" take "were" as often as "was"; "a friend from my book club" is one person
            let head = c.components(separatedBy: " from ")[0]
            #expect(!c.contains(" and ") && !c.hasPrefix("two ") && !head.hasSuffix("club") && !head.hasSuffix("team"), "\(c)")
        }
    }
}
