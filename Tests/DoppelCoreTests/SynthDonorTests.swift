import Testing
import Foundation
import DoppelJSON
@testable import DoppelText

/// More rows like an example keep what goes together in it (a stranger's recipes once came out
/// as an Italian Pad Thai with parmesan and rice noodles twice): drawn example sets whose name,
/// category and list of items belong together, with numbers of their own size.
@Suite struct SynthDonorTests {
    @Test(arguments: 1...12) func aRowKeepsItsExamplesCategoriesTogether(seed: UInt64) throws {
        var rng = TextRNG(seed: seed)
        let kinds = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
        var examples: [JSONObject] = []
        var items: [String: Set<String>] = [:]
        for i in 0..<(2 + rng.below(5)) {
            let name = "Thing \(kinds[i])"
            let pieces = ["bolt", "hinge", "spring", "gear", "lever", "latch"]
            let list = (0..<(2 + rng.below(4))).map { "\(kinds[i]) \(pieces[$0])" }
            items[name] = Set(list)
            var o = JSONObject()
            o.appendUnique("name", .string(name))
            o.appendUnique("family", .string("Family \(kinds[i])"))
            o.appendUnique("minutes", .int(Int64(5 + i * 40)))
            o.appendUnique("parts", .array(list.map(JSON.string)))
            examples.append(o)
        }
        let plan = SynthesisPlan(SynthRequest(examples: examples, multiplier: 1 + rng.below(4), seed: seed))
        for row in plan.rows() {
            let g = try #require(row.generated.objectValue), original = try #require(row.original.objectValue)
            let name = try #require(g["name"]?.stringValue)
            #expect(name == original["name"]?.stringValue, "\(name) from \(original)")
            #expect(g["family"]?.stringValue == "Family " + name.dropFirst("Thing ".count), "\(g)")
            let parts = (g["parts"]?.arrayValue ?? []).compactMap(\.stringValue)
            #expect(Set(parts).count == parts.count && Set(parts).isSubset(of: items[name] ?? []), "\(name): \(parts)")
            let own = Double(original["minutes"]?.intValue ?? 0), minutes = Double(g["minutes"]?.intValue ?? -1)
            #expect(abs(minutes - own) <= max(1, (own * 0.25).rounded()), "\(name): \(minutes) from \(own)")
            #expect(!plan.isCopy(row.generated), "copy: \(g)")
        }
    }
}

/// A question and an answer in one row are one exchange: the answer resolves the question (the
/// same amount, never a request for details), and the example's subject picks the problem.
@Suite struct SynthExchangeTests {
    @Test(arguments: 1...8) func anAnswerResolvesItsRowsQuestion(seed: UInt64) throws {
        var rng = TextRNG(seed: seed)
        let keys = rng.pick([("question", "answer"), ("query", "response"), ("prompt", "completion"), ("input", "output")]) ?? ("question", "answer")
        var examples: [JSONObject] = []
        for (q, a) in [("Why is my bill higher this month?", "Your discount ended; switch plans in the app."),
                       ("I was charged twice for my order.", "We refunded the duplicate payment.")] {
            var o = JSONObject()
            o.appendUnique(keys.0, .string(q))
            o.appendUnique(keys.1, .string(a))
            examples.append(o)
        }
        let plan = SynthesisPlan(SynthRequest(examples: examples, multiplier: 1 + rng.below(4), seed: seed))
        for row in plan.rows() {
            let g = try #require(row.generated.objectValue)
            let question = try #require(g[keys.0]?.stringValue), answer = try #require(g[keys.1]?.stringValue)
            #expect(!answer.contains("Could you") && !answer.contains("Can you give me"), "asks instead of answering: \(question) → \(answer)")
            if let amount = question.split(separator: " ").first(where: { $0.hasPrefix("$") }) {
                #expect(answer.contains(amount.trimmingCharacters(in: .punctuationCharacters)), "\(question) → \(answer)")
            }
            // both examples are about money charged: so is every new question
            let money = ["charge", "charged", "invoice", "bill", "refund", "payment"]
            #expect(money.contains { question.lowercased().contains($0) }, "\(question)")
        }
    }
}
