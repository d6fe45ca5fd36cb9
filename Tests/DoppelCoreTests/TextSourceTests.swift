import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stand-in for the LLM backend: answers some slots, repeats itself on others.
struct ScriptedSource: TextSource {
    func feedbackTexts(for slots: [FeedbackSlot], request: FeedbackRequest) async throws -> [FeedbackText?] {
        slots.map { slot in
            if slot.index == 1 { return nil }  // no answer: built-in fills it
            if slot.index == 2 { return FeedbackText(title: "Model title 0", content: "Model body 0") }  // repeats slot 0
            return FeedbackText(title: "Model title \(slot.index)", content: "Model body \(slot.index) (\(slot.sentiment.rawValue))")
        }
    }

    func conversationTexts(for slots: [ConversationSlot], request: ConversationRequest) async throws -> [ConversationText?] {
        [ConversationText(messages: ["too", "short"])]  // wrong length for turns 2: rejected
    }
}

@Suite struct TextSourceTests {
    @Test func sourceTextsAreUsedWhereUsableAndTheEngineFillsTheRest() async throws {
        let request = FeedbackRequest(productType: .hotel, sentimentMix: .balanced, count: 4, seed: 1)
        let items = try await FeedbackGenerator.generate(request, source: ScriptedSource())
        let planned = FeedbackGenerator.slots(for: request)
        #expect(items.map(\.id) == planned.map(\.id))
        #expect(items.map(\.rating) == planned.map(\.rating))  // the plan is the core's, not the source's
        #expect(items[0].title == "Model title 0")
        #expect(!items[1].title.hasPrefix("Model"))
        #expect(items[2].content != "Model body 0")
        #expect(items[3].content == "Model body 3 (\(planned[3].sentiment.rawValue))")
        #expect(Set(items.map(\.content)).count == 4)
    }

    @Test func builtInSourceMatchesThePureAPI() async throws {
        let request = FeedbackRequest(productType: .bank, sentimentMix: .mixed, count: 6, complexity: .complex, seed: 8)
        let viaSource = try await FeedbackGenerator.generate(request, source: BuiltInTextSource())
        #expect(viaSource == FeedbackGenerator.generate(request))
        let conv = ConversationRequest(prompt: "hotel booking changes", count: 2, turns: 2, seed: 3)
        let rows = try await ConversationGenerator.generate(conv, source: ScriptedSource())
        #expect(rows == ConversationGenerator.generate(conv))
    }

    @Test func slotsCarryABriefForAModel() {
        let slot = FeedbackGenerator.slots(for: FeedbackRequest(productType: .carRental, sentimentMix: .negative, count: 1,
                                                                complexity: .simple, seed: 1))[0]
        #expect(slot.instruction.contains("negative") && slot.instruction.contains("car rental") && slot.instruction.contains("one or two sentences"))
    }
}
