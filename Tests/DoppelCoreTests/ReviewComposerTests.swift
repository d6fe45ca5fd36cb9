import Foundation
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct ReviewComposerTests {
    /// Every product type has its own facets, each with qualities both ways, and no quality on both sides.
    @Test(arguments: ProductType.allCases)
    func everyProductTypeHasItsOwnFacets(product: ProductType) {
        let facets = FacetLexicon.facets(for: product)
        #expect(facets.count >= 15, "\(product): \(facets.count) facets")
        #expect(Set(facets.map(\.noun)).count == facets.count, "\(product): a facet noun twice")
        for f in facets {
            #expect(f.good.count >= 2 && f.bad.count >= 2, "\(product) \(f.noun)")
            #expect(Set(f.good).isDisjoint(with: f.bad), "\(product) \(f.noun): a quality on both sides")
        }
    }

    /// Drawn reviews: no template left over, paragraphs by complexity (three or four for complex), verbs agree with facet
    /// nouns, articles by sound, no capital mid-sentence. Prints the seed of a failing draw.
    @Test func composedReviewsHoldTheirGrammar() {
        var rng = TextRNG(seed: 0x5EED_13)
        for draw in 0..<600 {
            let seed = rng.next()
            let (product, sentiment, rating, stream) = Self.drawnReview(seed)
            var pick = stream
            let complexity: Complexity = pick.chance(0.5) ? .medium : .complex
            var memory = PhraseMemory()
            let text = ReviewComposer(product: product, sentiment: sentiment, rating: rating, complexity: complexity)
                .write(rng: TextRNG(seed: seed), memory: &memory).content
            let context = "draw \(draw) seed \(seed) \(product) \(sentiment) \(complexity): \(text)"
            #expect(!text.contains("{") && !text.contains("[") && !text.contains("  "), "\(context)")
            // Complex reviews are paragraphed as people do it: three or four blocks.
            #expect(complexity == .medium ? !text.contains("\n") : (3...4).contains(text.split(separator: "\n\n").count), "\(context)")
            let words = TextTokens.words(text)
            for (i, w) in words.enumerated().dropLast() where w == "a" || w == "an" {
                let next = Array(words[i + 1])
                guard let first = next.first, first.isLetter else { continue }
                #expect((w == "an") == TextPolish.needsAn(next), "\(w) \(words[i + 1]) in \(context)")
            }
            #expect(!text.contains(", The ") && !text.contains(" the The "), "\(context)")
            for f in FacetLexicon.facets(for: product) {
                for name in [f.noun] + f.otherNames {
                    for det in ["the", "their"] {
                        // "the X and the Y were" is a plural subject; only a lone noun must agree.
                        let chunks = text.components(separatedBy: " \(det) \(name) " + (f.plural ? "was " : "were "))
                        let lone = chunks.dropLast().filter { !$0.hasSuffix(" and") }
                        #expect(lone.isEmpty, "agreement: \(name) in \(context)")
                    }
                }
            }
        }
    }

    /// A review drawn from `seed`: any product type and sentiment, a rating that agrees, and the
    /// stream left for any further draws (`ReviewSeamTests` draws its reviews the same way).
    static func drawnReview(_ seed: UInt64) -> (ProductType, Sentiment, Int, TextRNG) {
        var pick = TextRNG(seed: seed)
        let product = ProductType.allCases[pick.below(ProductType.allCases.count)]
        let sentiment = [Sentiment.positive, .negative, .neutral][pick.below(3)]
        let rating = sentiment == .positive ? 4 + pick.below(2) : sentiment == .negative ? 1 + pick.below(2) : 3
        return (product, sentiment, rating, pick)
    }

    /// Same stream and memory, same review.
    @Test func sameStreamSameReview() {
        for product in ProductType.allCases {
            var m1 = PhraseMemory(), m2 = PhraseMemory()
            let w = ReviewComposer(product: product, sentiment: .negative, rating: 2, complexity: .complex)
            let a = w.write(rng: TextRNG(seed: 42), memory: &m1)
            let b = w.write(rng: TextRNG(seed: 42), memory: &m2)
            #expect(a.content == b.content && a.title == b.title, "\(product)")
        }
    }
}
