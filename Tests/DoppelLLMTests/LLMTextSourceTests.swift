import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM
import DoppelProtocol

/// The core's text methods with `LLMTextSource` as their source: the model's
/// words where usable, the built-in engine for the rest, the plan always the core's.
@Suite struct LLMTextSourceTests {
    /// Texts that share no wording, so none is a near-duplicate of another.
    static let distinct = ["amber", "birch", "cobalt", "dune", "ember", "fjord", "garnet", "harbour", "indigo", "juniper"]
    static let reviews = distinct.map { "The \($0) suite overlooked the \($0) courtyard; breakfast at \($0.count) was calm." }

    static func items(_ list: [JSON]) -> String { JSON.object(JSONObject([("items", .array(list))])).serialized() }

    @Test func feedbackTextsComeFromTheModelAndThePlanFromTheCore() async throws {
        let model = RespondingModel { request, _ in
            let n = RespondingModel.briefCount(request)
            return Self.items((0..<n).map { ["title": .string("Model title \(Self.distinct[$0 % Self.distinct.count])"),
                                             "content": .string(Self.reviews[$0 % Self.reviews.count])] })
        }
        let request = FeedbackRequest(productType: .hotel, sentimentMix: .balanced, count: 12, complexity: .medium, seed: 7)
        let items = try await FeedbackGenerator.generate(request, source: LLMTextSource(model: model))
        let planned = FeedbackGenerator.slots(for: request)
        #expect(items.map(\.rating) == planned.map(\.rating))
        #expect(items.map(\.sentiment) == planned.map(\.sentiment))
        // Medium feedback goes 10 to a batch: 10 + 2, and batch titles restart at 0, so two repeat and are rewritten.
        #expect(model.requests.count == 2)
        #expect(items.filter { $0.title.hasPrefix("Model title") }.count == 10)
        #expect(Set(items.map(\.title)).count == 12)
        // The two batches run at once, so find the one that holds the first brief.
        let first = try #require(model.requests.first { $0.messages[1].content.contains("1. " + planned[0].instruction) })
        #expect(first.responseFormat == .jsonObject)
        #expect(first.messages[1].content.contains("customer reviews of a hotel"))
        // The seed reaches the request, so another seed is another cache entry.
        let other = RespondingModel { _, _ in "{}" }
        _ = try await FeedbackGenerator.generate(FeedbackRequest(productType: .hotel, sentimentMix: .balanced, count: 1, seed: 8),
                                                 source: LLMTextSource(model: other))
        #expect(other.requests.first?.seed != first.seed)
    }

    @Test func anUnusableItemIsRepairedOnceThenWrittenByTheEngine() async throws {
        let model = RespondingModel { request, n in
            // Both answers leave item 1 without content.
            Self.items([["title": "Smooth co-op nights", "content": "Body A."], ["title": "B", "content": ""],
                        ["title": "Worth the wait", "content": "Body C."]])
        }
        let warnings = WarningLog()
        let request = FeedbackRequest(productType: .game, sentimentMix: .positive, count: 3, seed: 1)
        let items = try await FeedbackGenerator.generate(request, source: LLMTextSource(model: model, warn: warnings.sink))
        #expect(model.requests.count == 2)
        #expect(model.requests[1].messages.last?.content.contains("items[1]: \"content\" is empty") == true)
        #expect(items[0].content == "Body A." && items[2].content == "Body C.")
        #expect(!items[1].content.isEmpty && items[1].title != "B")
        #expect(warnings.all.count == 1 && warnings.all[0].contains("still unusable after one repair"))
    }

    @Test func garbageFallsBackToTheBuiltInEngine() async throws {
        let model = RespondingModel { _, _ in "I'm sorry, I can't do that." }
        let request = try TicketRequest(params: ["product": "Acme CRM", "count": 3, "seed": 4], defaultSeed: 0)
        let viaModel = try await TicketGenerator.generate(request, source: LLMTextSource(model: model))
        #expect(viaModel == TicketGenerator.generate(request))
        #expect(model.requests.count == 2)
    }

    @Test func whichFailuresSurfaceDependsOnTheUse() async throws {
        let refusing = RespondingModel { _, _ in throw LLMErrorKind.unauthorized.error("upstream said 401") }
        let request = try InterviewRequest(params: ["role": "nurse", "level": "senior", "count": 2], defaultSeed: 0)
        let warnings = WarningLog()
        let preferred = try await InterviewGenerator.generate(request, source: LLMTextSource(model: refusing, use: .preferred,
                                                                                                 warn: warnings.sink))
        #expect(preferred == InterviewGenerator.generate(request))
        #expect(warnings.all.first?.contains("UNAUTHORIZED") == true)
        let error = await requestError {
            _ = try await InterviewGenerator.generate(request, source: LLMTextSource(model: refusing, use: .required))
        }
        #expect(error?.kind == "UNAUTHORIZED")
        let badKey = RespondingModel { _, _ in throw RequestError.invalidAPIKeyFormat() }
        let keyError = await requestError {
            _ = try await InterviewGenerator.generate(request, source: LLMTextSource(model: badKey, use: .preferred))
        }
        #expect(keyError?.kind == "INVALID_API_KEY")
    }

    @Test func interviewsAndConversationsReadTheirShapes() async throws {
        let model = RespondingModel { request, _ in
            let user = request.messages[1].content
            if user.contains("interview") {
                return Self.items([["question": "Q one?", "ideal_answer": "A one.", "rubric": ["r1", "r2", "r3"]],
                                   ["question": "Q two?", "idealAnswer": "A two.", "rubric": []]])
            }
            // One conversation as role/content objects, one a message short.
            return Self.items([
                ["messages": [["role": "user", "content": "Hi, I was charged twice."], ["role": "assistant", "content": "Let me check."],
                              ["role": "user", "content": "Order 123."], ["role": "assistant", "content": "Refunded."]]],
                ["messages": ["Hi", "Hello", "Bye"]],
            ])
        }
        let interviews = try await InterviewGenerator.generate(
            try InterviewRequest(params: ["role": "teacher", "level": "mid", "count": 2], defaultSeed: 3), source: LLMTextSource(model: model))
        #expect(interviews[0].text == InterviewText(question: "Q one?", idealAnswer: "A one.", rubric: ["r1", "r2", "r3"]))
        #expect(interviews[1].text.question != "Q two?")  // an empty rubric is unusable
        let conversations = try await ConversationGenerator.generate(
            ConversationRequest(prompt: "billing problems", count: 2, turns: 2, seed: 3), source: LLMTextSource(model: model))
        #expect(conversations[0].text.messages == ["Hi, I was charged twice.", "Let me check.", "Order 123.", "Refunded."])
        #expect(conversations[1].text.messages.count == 4 && conversations[1].text.messages[0] != "Hi")
        let conversationRequest = try #require(model.requests.first { $0.messages[1].content.contains("billing problems") })
        #expect(conversationRequest.messages[1].content.contains("[4 strings]"))
    }
}
