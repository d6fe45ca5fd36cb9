import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct TextFeedbackTests {
    static func params(_ product: String = "hotel", mix: String = "balanced", count: Int = 5,
                       complexity: String? = nil, seed: Int = 7) -> JSON {
        var o: JSON = ["productType": .string(product), "sentimentMix": .string(mix), "feedbackCount": .int(count), "seed": .int(seed)]
        if let complexity { o["complexityLevel"] = .string(complexity) }
        return o
    }

    @Test func responseHasTheHostedShape() throws {
        let response = try FeedbackGenerator.generate(params: Self.params(count: 3))
        #expect(response["success"] == true)
        let data = try #require(response["data"]?.arrayValue)
        #expect(data.count == 3)
        for (i, item) in data.enumerated() {
            let o = try #require(item.objectValue)
            #expect(o.keys == ["id", "rating", "title", "content", "sentiment", "timestamp"])
            #expect(item["id"] == .string("feedback_\(i + 1)"))
            #expect(item["rating"]?.intValue != nil)
            #expect(item["title"]?.stringValue?.isEmpty == false)
            #expect(item["content"]?.stringValue?.isEmpty == false)
            #expect(["positive", "neutral", "negative"].contains(item["sentiment"]?.stringValue ?? ""))
            let stamp = try #require(item["timestamp"]?.stringValue)
            #expect(stamp.count == 20 && stamp.hasPrefix("2024-") && stamp.hasSuffix(":00Z"), "\(stamp)")
        }
    }

    @Test(arguments: SentimentMix.allCases, [1, 2, 5, 7, 50])
    func mixesAreExactAndRatingsAgree(mix: SentimentMix, count: Int) throws {
        let items = FeedbackGenerator.generate(FeedbackRequest(productType: .mobileApp, sentimentMix: mix, count: count, seed: 11))
        #expect(items.count == count)
        let expected = mix.counts(for: count)
        for sentiment in Sentiment.allCases {
            #expect(items.filter { $0.sentiment == sentiment }.count == expected[sentiment] ?? 0)
        }
        for item in items { #expect(item.sentiment.ratings.contains(item.rating), "\(item.sentiment) rated \(item.rating)") }
    }

    @Test func mixCountsFollowTheDocumentedRounding() {
        let b = SentimentMix.balanced
        #expect(b.counts(for: 1) == [.positive: 1, .negative: 0, .neutral: 0])
        #expect(b.counts(for: 2) == [.positive: 1, .negative: 1, .neutral: 0])
        #expect(b.counts(for: 7) == [.positive: 3, .negative: 2, .neutral: 2])
        #expect(b.counts(for: 50) == [.positive: 17, .negative: 17, .neutral: 16])
        #expect(SentimentMix.positive.counts(for: 7) == [.positive: 5, .neutral: 1, .negative: 1])
        #expect(SentimentMix.positive.counts(for: 50) == [.positive: 35, .neutral: 10, .negative: 5])
        #expect(SentimentMix.negative.counts(for: 5) == [.negative: 4, .neutral: 1, .positive: 0])
        #expect(SentimentMix.mixed.counts(for: 7) == [.neutral: 3, .positive: 2, .negative: 2])
        #expect(SentimentMix.mixed.counts(for: 50) == [.neutral: 20, .positive: 15, .negative: 15])
    }

    @Test(arguments: [Complexity.simple, .medium, .complex])
    func noDuplicateTitlesOrBodies(complexity: Complexity) {
        for product in [ProductType.hotel, .saas, .restaurant] {
            let items = FeedbackGenerator.generate(FeedbackRequest(productType: product, sentimentMix: .positive, count: 50,
                                                                   complexity: complexity, seed: 3))
            #expect(Set(items.map(\.title)).count == 50, "\(product) \(complexity) titles")
            #expect(Set(items.map(\.content)).count == 50, "\(product) \(complexity) bodies")
        }
    }

    /// A stranger's insurance review was written "going by the photos", "on our third evening": a stay's words
    /// belong to places one goes, not to a service used from home.
    @Test(arguments: [ProductType.insurance, .bank, .saas, .telecom, .streaming])
    func aServiceUsedFromHomeHasNoStayInIt(product: ProductType) {
        for seed in UInt64(1)...4 {
            let items = FeedbackGenerator.generate(FeedbackRequest(productType: product, sentimentMix: .balanced, count: 50,
                                                                   complexity: .complex, seed: seed))
            for item in items {
                #expect(!item.content.contains("going by the photos") && !item.content.contains("the photos looked"), "\(product): \(item.content)")
                for ordinal in ["first", "second", "third", "last"] {
                    for part in ["morning", "evening", "day"] {
                        #expect(!item.content.contains("on our \(ordinal) \(part)") && !item.content.contains("on my \(ordinal) \(part)")
                                && !item.content.contains("On our \(ordinal) \(part)") && !item.content.contains("On my \(ordinal) \(part)"),
                                "\(product): \(item.content)")
                    }
                }
            }
        }
    }

    @Test func complexityChangesLengthAndStructure() {
        func items(_ c: Complexity) -> [FeedbackItem] {
            FeedbackGenerator.generate(FeedbackRequest(productType: .ecommerce, sentimentMix: .balanced, count: 30, complexity: c, seed: 5))
        }
        for item in items(.simple) {
            let n = TextVariety.sentences(item.content).count
            #expect((1...2).contains(n), "simple had \(n) sentences: \(item.content)")
            #expect(!item.content.contains("\n"))
        }
        for item in items(.medium) {
            let n = TextVariety.sentences(item.content).count
            #expect((3...6).contains(n), "medium had \(n) sentences: \(item.content)")
            #expect(!item.content.contains("\n"))
        }
        for item in items(.complex) {
            let paragraphs = item.content.split(separator: "\n\n").count
            #expect((3...4).contains(paragraphs), "complex had \(paragraphs) paragraphs")
            let hasNumber = item.content.contains { $0.isNumber }
            #expect(hasNumber, "complex review without a specific number: \(item.content)")
        }
        let words = { (c: Complexity) in items(c).map { TextTokens.words($0.content).count }.reduce(0, +) }
        #expect(words(.simple) < words(.medium))
        #expect(words(.medium) * 2 < words(.complex))
    }

    @Test func textTalksAboutWhatTheProductHas() {
        let hotel = FeedbackGenerator.generate(FeedbackRequest(productType: .hotel, sentimentMix: .balanced, count: 20, complexity: .complex, seed: 2))
        // Reviews pick a few of the product's many facets and things, so the list is of the product's
        // nouns, not of the handful every review used to name.
        let hotelWords = ["room", "staff", "breakfast", "check-in", "bed", "front desk", "housekeeping", "pool", "concierge", "wi-fi",
                          "shower", "bathroom", "towel", "lobby", "parking", "view", "bar", "elevator", "mattress", "spa", "gym",
                          "curtain", "minibar", "checkout", "ice machine", "corridor", "decor", "toiletries"]
        #expect(hotel.allSatisfy { r in hotelWords.contains { r.content.lowercased().contains($0) } })
        let app = FeedbackGenerator.generate(FeedbackRequest(productType: .mobileApp, sentimentMix: .negative, count: 20, complexity: .complex, seed: 2))
        let appWords = ["app", "sync", "crash", "update", "onboarding", "login", "notification", "battery", "screen", "button",
                        "offline", "sign-in", "export", "widget", "search", "settings", "dark mode", "interface", "subscription"]
        #expect(app.allSatisfy { r in appWords.contains { r.content.lowercased().contains($0) } })
    }

    @Test func sameSeedSameResponseOtherSeedOtherResponse() throws {
        let a = try FeedbackGenerator.generate(params: Self.params(count: 10, seed: 42))
        let b = try FeedbackGenerator.generate(params: Self.params(count: 10, seed: 42))
        let c = try FeedbackGenerator.generate(params: Self.params(count: 10, seed: 43))
        #expect(a.serialized() == b.serialized())
        #expect(a.serialized() != c.serialized())
    }

    @Test func timestampsAreDeterministicAndAscending() throws {
        let items = FeedbackGenerator.generate(FeedbackRequest(productType: .game, sentimentMix: .mixed, count: 20, seed: 9))
        let stamps = items.map(\.timestamp)
        #expect(stamps == stamps.sorted())
        #expect(stamps.allSatisfy { $0 >= "2024-01-01T00:00:00Z" && $0 < "2025-01-01T00:00:00Z" })
        #expect(ISOTimestamp.format(1_705_314_600) == "2024-01-15T10:30:00Z")
        #expect(ISOTimestamp.format(951_782_400) == "2000-02-29T00:00:00Z")
    }

    @Test func productTypeNamesAreLenient() throws {
        #expect(ProductType(name: "Mobile App") == .mobileApp)
        #expect(ProductType(name: "car-rental") == .carRental)
        #expect(ProductType(name: "e-commerce") == .ecommerce)
        #expect(ProductType(name: "spaceship") == nil)
        let r = try FeedbackRequest(params: Self.params("Web App", mix: "Positive", complexity: "COMPLEX"), defaultSeed: 0)
        #expect(r.productType == .webApp && r.sentimentMix == .positive && r.complexity == .complex)
    }

    @Test func defaultsAreMediumAndTheGivenSeed() throws {
        let r = try FeedbackRequest(params: ["productType": "game", "sentimentMix": "mixed", "feedbackCount": 3], defaultSeed: 99)
        #expect(r.complexity == .medium)
        #expect(r.seed == 99)
    }
}
