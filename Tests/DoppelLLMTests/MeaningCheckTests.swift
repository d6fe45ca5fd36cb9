import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing
@testable import DoppelLLM

/// The checks past an answer's shape, on texts and plans.
@Suite struct MeaningCheckTests {
    static let rubricHint = #"{"question": "…", "ideal_answer": "two to four sentences", "rubric": ["three to five short criteria"]}"#

    @Test func placeholdersAndCopiesOfTheHintAreRefused() {
        for filler in ["This is a test.", "Hello world!", "Lorem ipsum dolor sit amet", "…", "TODO", "sample text"] {
            #expect(TextChecks.placeholderProblem(filler, hint: Self.rubricHint) != nil, "\(filler)")
        }
        #expect(TextChecks.placeholderProblem("5 to 10 short criteria", hint: Self.rubricHint) != nil)
        #expect(TextChecks.placeholderProblem("two to four sentences", hint: Self.rubricHint) != nil)
        for real in ["Explains the trade-offs of caching", "Hello!", "Thanks for the reply", "Order 123.",
                     "Names two short-term risks and one mitigation", "The checkout crashed twice on Friday."] {
            #expect(TextChecks.placeholderProblem(real, hint: Self.rubricHint) == nil, "\(real)")
        }
    }

    @Test func aReviewThatReadsAgainstItsLabelIsRefused() {
        let rave = "Absolutely amazing stay, the staff were friendly and helpful and the room was perfect. Highly recommend!"
        let complaint = "Terrible service, the app crashed twice and support was rude. I want a refund."
        #expect(TextChecks.sentimentProblem(rave, label: .negative) != nil)
        #expect(TextChecks.sentimentProblem(rave, label: .positive) == nil)
        #expect(TextChecks.sentimentProblem(complaint, label: .positive) != nil)
        #expect(TextChecks.sentimentProblem(complaint, label: .negative) == nil)
        // Negation turns the words round; mixed and neutral texts pass.
        #expect(TextChecks.sentimentProblem("Not good, not reliable, not worth it.", label: .negative) == nil)
        #expect(TextChecks.sentimentProblem("Great screen but the battery is bad.", label: .negative) == nil)
        #expect(TextChecks.sentimentProblem("It arrived on Tuesday.", label: .neutral) == nil)
    }

    @Test func nearDuplicatesAreFound() {
        let texts = ["The delivery came two days late and the box was damaged.",
                     "The delivery came three days late and the box was damaged.",
                     "Setup took five minutes and the guide was clear.",
                     "Great"]
        let pairs = TextChecks.nearDuplicates(texts + ["great"])
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [3, 4]])
    }

    /// Drawn texts: a text and itself with one word changed are always near-duplicates; two drawn from
    /// disjoint vocabularies never are.
    @Test func nearDuplicatesHoldForDrawnTexts() {
        var rng = SplitMix(seed: 0x5EED_0016)
        let left = ["river", "copper", "lantern", "meadow", "signal", "harvest", "orbit", "velvet", "summit", "quartz"]
        let right = ["ledger", "parcel", "invoice", "hangar", "tariff", "voucher", "gasket", "pallet", "kiosk", "rebate"]
        for draw in 0..<200 {
            let n = 3 + Int(rng.next() % 10)
            let a = (0..<n).map { _ in left[Int(rng.next() % 10)] }
            var b = a
            b[Int(rng.next() % UInt64(n))] = right[Int(rng.next() % 10)]
            let c = (0..<n).map { _ in right[Int(rng.next() % 10)] }
            let pairs = TextChecks.nearDuplicates([a.joined(separator: " "), b.joined(separator: " "), c.joined(separator: " ")])
            #expect(pairs.contains { $0 == (0, 1) }, "draw \(draw) seed 0x5EED0016")
            #expect(!pairs.contains { $0 == (0, 2) || $0 == (1, 2) } || a.count < 3, "draw \(draw) seed 0x5EED0016")
        }
    }

    @Test func aPlanMustKeepNamedTablesListedColumnsAndKeys() throws {
        let requirements = PlanRequirements(entities: ["customers", "orders", "products"],
                                            columns: ["customers": ["email", "signup_date"]])
        let schema = try JSONParser.parse(#"""
            {"entities": [
              {"name": "Customer", "fields": [{"name": "id", "primary_key": true}, {"name": "email"}]},
              {"name": "orders", "fields": [{"name": "id"}, {"name": "total"}]}]}
            """#)
        let problems = requirements.problems(schema)
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("\"products\"") && $0.contains("leaves out") })
        #expect(problems.contains { $0.contains("\"signup_date\"") })
        #expect(problems.contains { $0.contains("\"orders\" has no key") })
        let fixed = try JSONParser.parse(#"""
            {"entities": [
              {"name": "customers", "fields": [{"name": "id", "primary_key": true}, {"name": "email"}, {"name": "SignupDate"}]},
              {"name": "orders", "fields": [{"name": "id", "primary_key": true}]},
              {"name": "product", "fields": [{"name": "sku", "primary_key": true}]}]}
            """#)
        #expect(requirements.problems(fixed).isEmpty)
    }
}

/// A seeded generator for drawn inputs (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
