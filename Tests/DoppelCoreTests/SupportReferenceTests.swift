import Testing
@testable import DoppelText

/// A stranger's furniture delivery was tracked under a booking reference (BK-…), a dental patient paid a
/// "fare difference", and a gym member asking the front desk got a lesson plan. Drawn product types and
/// problems: the reference a customer gives is the kind the agent asked for.
@Suite struct SupportReferenceTests {
    @Test(arguments: ProductType.allCases) func theReferenceIsTheOneAskedFor(type: ProductType) {
        let prompt = "customer support chats for a \(type.rawValue.replacingOccurrences(of: "_", with: " ")) business"
        // (the type the prompt's words give: "an education business" names none, so its references are orders)
        let word = ConversationBank.orderWord(Scenario.extract(from: prompt).productType)
        let prefix = ConversationBank.refPrefix(ofOrderWord: word) + "-"
        for seed in 1...4 {
            let rows = ConversationGenerator.generate(ConversationRequest(prompt: prompt, count: 6, turns: 3, seed: UInt64(seed)))
            for row in rows {
                let text = row.text.messages.joined(separator: "\n")
                #expect(!text.contains("fare difference") || type == .airline, "\(text)")
                for token in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
                where token.contains("-") && token.last?.isNumber == true && token.first?.isUppercase == true {
                    #expect(token.hasPrefix(prefix) || ["REP-", "JOB-", "MR-"].contains { token.hasPrefix($0) }, "\(type) (\(word)): \(token)")
                }
            }
        }
    }

    @Test func aFrontDeskIsADeskOfSupport() {
        #expect(Scenario.extract(from: "a gym member asking the front desk to freeze their membership").setting == .support)
        #expect(Scenario.extract(from: "hotel guests calling reception about a noisy room").setting == .support)
    }
}
