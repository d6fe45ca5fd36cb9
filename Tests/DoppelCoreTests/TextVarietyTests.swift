import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct TextVarietyTests {
    /// The bar: over 50 complex reviews of one product type, distinct/all word bigrams ≥ 0.5
    /// and no sentence more than twice.
    @Test(arguments: ProductType.allCases)
    func fiftyComplexReviewsAreVaried(product: ProductType) {
        for (mix, seed) in [(SentimentMix.balanced, UInt64(1)), (.negative, 2), (.positive, 3)] {
            let items = FeedbackGenerator.generate(FeedbackRequest(productType: product, sentimentMix: mix, count: 50,
                                                                   complexity: .complex, seed: seed))
            let texts = items.map(\.content)
            let ratio = TextVariety.bigramRatio(texts)
            #expect(ratio >= 0.5, "\(product) \(mix): bigram ratio \(ratio)")
            #expect(TextVariety.maxSentenceRepeats(texts) <= 2, "\(product) \(mix)")
        }
    }

    @Test func measuresCountWhatTheyClaim() {
        #expect(TextVariety.bigramRatio(["a b a b"]) == 2.0 / 3.0)
        #expect(TextVariety.bigramRatio(["one two", "one two"]) == 0.5)
        #expect(TextVariety.maxSentenceRepeats(["Hi there. Hi there! Bye.", "Hi there."]) == 2)
        #expect(TextVariety.sentences("It took 3.5 hours. Really? Yes!") == ["It took 3.5 hours.", "Really?", "Yes!"])
    }
}
