import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelProtocol

@Suite struct TextConversationTests {
    @Test(arguments: [1, 2, 3, 6])
    func rowsAlternateAndEndWithTheAssistant(turns: Int) throws {
        let rows = try #require(ConversationGenerator.generate(params: ["prompt": "customer support for a SaaS tool",
                                                                        "count": 4, "turns": .int(turns), "seed": 2]).arrayValue)
        #expect(rows.count == 4)
        for row in rows {
            #expect(row.objectValue?.keys == ["conv_prefix", "response"])
            let prefix = try #require(row["conv_prefix"]?.arrayValue)
            #expect(prefix.count == 2 * turns - 1)
            for (i, m) in prefix.enumerated() {
                #expect(m["role"]?.stringValue == (i % 2 == 0 ? "user" : "assistant"))
                #expect(m["content"]?.stringValue?.isEmpty == false)
            }
            #expect(row["response"]?["role"] == "assistant")
            #expect(row["response"]?["content"]?.stringValue?.isEmpty == false)
        }
    }

    @Test func scenarioIsReadFromThePrompt() {
        let billing = Scenario.extract(from: "Customer service conversations about billing problems")
        #expect(billing.setting == .support && billing.problems == ["billing"])
        let returns = Scenario.extract(from: "a shopper returning a jacket to an online store")
        #expect(returns.productType == .ecommerce && returns.problems.contains("return"))
        let onboarding = Scenario.extract(from: "onboarding questions from new users of \"Flowdesk\", a SaaS tool")
        #expect(onboarding.problems.first == "onboarding" && onboarding.productName == "Flowdesk" && onboarding.productType == .saas)
        let advice = Scenario.extract(from: "a student asking for tips about learning Python.")
        #expect(advice.setting == .advice && advice.topic == "learning Python")
    }

    @Test func conversationsStayOnTheProblemAndKeepTheirFacts() throws {
        let request = try ConversationRequest(params: ["prompt": "customer service chats about billing problems", "count": 10,
                                                       "turns": 3, "seed": 7], defaultSeed: 0)
        for c in ConversationGenerator.generate(request) {
            #expect(c.slot.problem == "billing")
            let all = c.text.messages.joined(separator: " ").lowercased()
            #expect(["charge", "invoice", "bill"].contains { all.contains($0) }, "\(all)")
            // the reference the customer gives is the one the agent uses
            let refs = c.text.messages.flatMap { TextTokens.words($0) }.filter { $0.count >= 8 && $0.contains(where: \.isNumber) && $0.contains(where: \.isLetter) }
            if let ref = refs.first { #expect(c.text.messages.filter { $0.contains(ref) }.count >= 2, "\(ref)") }
        }
        let returns = ConversationGenerator.generate(ConversationRequest(prompt: "returns at an online store", count: 5, turns: 2, seed: 1))
        #expect(returns.allSatisfy { $0.slot.problem == "return" && $0.text.messages[0].lowercased().contains("return") || $0.text.messages[0].lowercased().contains("exchange") || $0.text.messages[0].lowercased().contains("send it back") })
    }

    @Test func badParamsNameTheirFields() throws {
        do {
            _ = try ConversationGenerator.generate(params: ["prompt": 5, "count": 101, "turns": 0])
            Issue.record("expected an error")
        } catch let e as RequestError {
            #expect(Set(e.data["details"]?.objectValue?.keys ?? []) == ["prompt", "count", "turns"])
        }
    }

    @Test func deterministicBySeed() throws {
        let p: JSON = ["prompt": "hotel guests with booking problems", "count": 3, "turns": 2, "seed": 1]
        var q = p
        q["seed"] = 2
        #expect(try ConversationGenerator.generate(params: p) == ConversationGenerator.generate(params: p))
        #expect(try ConversationGenerator.generate(params: p) != ConversationGenerator.generate(params: q))
    }
}
