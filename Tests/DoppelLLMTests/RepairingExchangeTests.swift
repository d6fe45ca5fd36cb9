import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM

/// The ask-check-repair exchange with a scripted stand-in for the model, as
/// the text engine will drive it.
@Suite struct RepairingExchangeTests {
    /// Answers from a list, recording every request.
    final class ScriptedModel: LLMCompleting, @unchecked Sendable {
        func accept(_ answer: ChatCompletion, for request: ChatRequest) async {}
        func reject(_ request: ChatRequest, problems: [String]) async {}

        private let lock = NSLock()
        private var answers: [String]
        private var seen: [ChatRequest] = []

        init(_ answers: [String]) { self.answers = answers }

        var requests: [ChatRequest] { lock.withLock { seen } }

        func complete(_ request: ChatRequest, apiKey: APIKey?) async throws -> ChatCompletion {
            try lock.withLock {
                seen.append(request)
                guard !answers.isEmpty else { throw LLMErrorKind.unavailable.error("script exhausted") }
                return ChatCompletion(content: answers.removeFirst())
            }
        }
    }

    func obj(_ json: JSON) -> JSONObject { json.objectValue ?? JSONObject() }

    static func needsName(_ o: JSONObject) -> [String] { o["name"]?.stringValue == nil ? ["name: required, missing"] : [] }

    @Test func acceptedFirstTime() async throws {
        let model = ScriptedModel([#"{"name": "a"}"#])
        let out = try await RepairingJSONExchange(model: model).run(ChatRequest(messages: [.user("q")]), apiKey: nil,
                                                                    answerAgain: "Again.", check: Self.needsName)
        #expect(out == .accepted(obj(["name": "a"]), repaired: false, firstProblems: []))
        #expect(try out.acceptedObject() == obj(["name": "a"]))
        #expect(model.requests.count == 1)
    }

    @Test func repairedOnceWithTheProblemsListed() async throws {
        let model = ScriptedModel([#"{"title": "a"}"#, #"{"name": "b"}"#])
        let out = try await RepairingJSONExchange(model: model).run(ChatRequest(messages: [.user("q")]), apiKey: nil,
                                                                    answerAgain: "Answer again.", check: Self.needsName)
        #expect(out == .accepted(obj(["name": "b"]), repaired: true, firstProblems: ["name: required, missing"]))
        let repair = try #require(model.requests.last)
        #expect(repair.messages.map(\.role) == ["user", "assistant", "user"])
        #expect(repair.messages[2].content == "That answer has 1 problem:\n- name: required, missing\nAnswer again.")
    }

    @Test func rejectedAfterTheRepairKeepsTheLastObject() async throws {
        let model = ScriptedModel(["nope", #"{"title": "still"}"#, #"{"name": "too late"}"#])
        let out = try await RepairingJSONExchange(model: model).run(ChatRequest(messages: [.user("q")]), apiKey: nil,
                                                                    answerAgain: "Again.", check: Self.needsName)
        #expect(out == .rejected(last: obj(["title": "still"]), problems: ["name: required, missing"]))
        #expect(model.requests.count == 2)
        do {
            _ = try out.acceptedObject()
            Issue.record("a rejected outcome gave an object")
        } catch {
            #expect(error.kind == "LLM_OUTPUT_INVALID" && error.code == 1609)
            #expect(error.extra["issues"] == ["name: required, missing"])
        }
    }

    @Test func longProblemListsAreCut() {
        let message = RepairingJSONExchange.repairMessage((0..<30).map { "p\($0)" }, answerAgain: "Go.")
        #expect(message.contains("30 problems"))
        #expect(message.contains("- p19") && !message.contains("- p20"))
        #expect(message.contains("… and 10 more"))
    }

    @Test func modelOutputRecoversFencesAndRejectsNonObjects() {
        #expect((try? ModelOutput.object("```json\n{\"a\": 1}\n```").get()) == obj(["a": 1]))
        #expect((try? ModelOutput.object("Here you go: {\"a\": 1} Enjoy!").get()) == obj(["a": 1]))
        #expect(throws: OutputProblem.self) { try ModelOutput.object("[1, 2]").get() }
        #expect(throws: OutputProblem.self) { try ModelOutput.object("   ").get() }
        #expect(throws: OutputProblem.self) { try ModelOutput.object("{\"a\": }").get() }
    }
}
