import Foundation
import Testing
import DoppelJSON
@testable import DoppelText

/// Support conversations: the agent's fix answers the customer's problem, each follow-up
/// question gets its own answer, and a thing that broke is repaired, not patched like an app.
@Suite struct ConversationPairTests {
    static let problems = Scenario.problemCues.map(\.0)

    /// Every problem's opening comes with its fix, and every follow-up with its answer, in one line.
    @Test func everyLinePairsAQuestionWithItsAnswer() throws {
        for symbol in Self.problems.flatMap({ ["story.\($0)", "followup_qa.\($0)"] })
            + ["story.technical.repair", "followup_qa.technical.repair", "extra_qa", "extra_qa.repair"] {
            let lines = try #require(ConversationBank.shared[symbol], "\(symbol)")
            #expect(lines.count >= 3, "\(symbol)")
            for line in lines { #expect(line.components(separatedBy: " :: ").count == 2, "\(symbol): \(line)") }
        }
    }

    /// Drawn conversations for prompts naming each problem: the follow-up at turn three is
    /// answered by the answer written for it.
    @Test(arguments: problems)
    func aFollowUpGetsItsOwnAnswer(problem: String) throws {
        let cue = try #require(Scenario.problemCues.first { $0.0 == problem }?.1.first)
        let pairs = try #require(ConversationBank.shared["followup_qa.\(problem)"]).map { line in
            let halves = line.components(separatedBy: " :: ")
            return (question: halves[0], answerStart: String(halves[1].prefix { $0 != "{" }.prefix(24)))
        }
        for seed in 0..<40 {
            let request = try ConversationRequest(params: ["prompt": .string("customer support chats about \(cue)"),
                                                            "count": 2, "turns": 3, "seed": .int(Int64(seed))], defaultSeed: 0)
            for conversation in ConversationGenerator.generate(request) {
                let m = conversation.text.messages
                guard let pair = pairs.first(where: { $0.question == m[4] }) else {
                    Issue.record("seed \(seed) \(problem): question not from the bank: \(m[4])")
                    continue
                }
                #expect(m[5].hasPrefix(pair.answerStart), "seed \(seed) \(problem): \(m[4]) → \(m[5])")
            }
        }
    }

    @Test func aBrokenThingIsRepaired() throws {
        let software: Set<String> = ["crash", "crashing", "app", "update", "sign", "log", "save", "password", "account"]
        // (a home's upkeep named only in general is a repair too: each conversation reports one fault of a home)
        for prompt in ["tenants reporting a broken boiler to their landlord", "customer support about a leaking roof",
                       "help desk chats about a faulty washing machine", "support for a cracked windscreen",
                       "tenants reporting maintenance problems to their landlord", "residents asking the property manager about repairs"] {
            let scenario = Scenario.extract(from: prompt)
            #expect(ConversationGenerator.repairSubject(scenario, prompt: prompt) != nil, "\(prompt): \(scenario)")
            for seed in 0..<10 {
                let request = try ConversationRequest(params: ["prompt": .string(prompt), "count": 3, "turns": 4,
                                                                "seed": .int(Int64(seed))], defaultSeed: 0)
                for conversation in ConversationGenerator.generate(request) {
                    let text = conversation.text.messages.joined(separator: " ")
                    #expect(TextTokens.words(text.lowercased()).allSatisfy { !software.contains($0) }, "\(prompt) seed \(seed): \(text)")
                    // the engineer is called on a number, as the agent asked
                    #expect(!text.contains("Email is") && !text.contains("my email is"), "\(prompt) seed \(seed): \(text)")
                    if prompt.contains("maintenance") || prompt.contains("repairs") {
                        #expect(ConversationGenerator.homeFaults.contains { text.contains($0) }, "\(prompt) seed \(seed): \(text)")
                    }
                }
            }
        }
        // not a repair: an advice topic, a billing question, a software fault
        for prompt in ["advice on fixing a leaking tap", "customer service chats about billing",
                       "support chats about a broken app", "customer support about refunds for broken items"] {
            #expect(ConversationGenerator.repairSubject(Scenario.extract(from: prompt), prompt: prompt) == nil, "\(prompt)")
        }
    }
}
