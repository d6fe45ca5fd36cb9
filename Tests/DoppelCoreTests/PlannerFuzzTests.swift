import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// Random soups of the words and punctuation the planner reacts to: it must
/// never trap and every plan must keep the schema invariants. Seeded, so a
/// failure reproduces.
@Suite struct PlannerFuzzTests {
    /// SplitMix64: a tiny deterministic generator for test inputs.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "customers", "orders", "with", "and", "of", "by", "(", ")", ",", ":", ";", ".", "`", "\"", "-", "->", "id", "name",
        "each", "has", "one", "many", "table", "columns", "5", "1,000", "12k", "twelve", "where", "who", "join", "linking",
        "to", "from", "flag", "whether", "it", "is", "a", "the", "category_id", "manager", "another", "employee", "\n", "•",
        "status", "(open, closed)", "1-5", "between", "é", "日本", "🚀", "_", "''", "CREATE", "TABLE", "PRIMARY", "KEY",
        "REFERENCES", "items", "users", "follows", "follower_id", "origin", "airports", "in", "for", "per", "number", "should",
        "be", "one of", "or", "every", "post_tags", "time entries", "logging", "hours", "against", "tasks", "0", "-1",
        "99999999999999999999", "[", "]", "{", "}", "/", "|", "&", "%", "$", "#", "=", "a_b_c_d", "million", "dozen",
    ]

    @Test func randomPromptsAlwaysPlanSoundSchemas() {
        var rng = SplitMix(state: 0xD0_99E1)
        var bad: [String] = []
        for _ in 0..<1500 {
            let length = Int.random(in: 0...30, using: &rng)
            var prompt = ""
            for _ in 0..<length {
                prompt += Self.pieces.randomElement(using: &rng) ?? ""
                if Bool.random(using: &rng) { prompt += " " }
            }
            let problems = PlanInvariants.problems(Planner().plan(prompt).schema)
            if !problems.isEmpty { bad.append("\(prompt.debugDescription): \(problems.joined(separator: "; "))") }
        }
        #expect(bad.isEmpty, "\(bad.prefix(3).joined(separator: "\n"))")
    }
}
