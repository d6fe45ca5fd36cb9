import Testing
import DoppelJSON
@testable import DoppelText

/// A stranger's houseplant care examples came back with notes from a software review ("Some things about
/// the platform are great") and a snake plant turned pet-safe. Drawn example sets: a column of notes that
/// are nobody's opinion is written from the examples' own sentences, a sentence naming something stays
/// with its example's rows, and a yes/no fact stays with the thing the row keeps.
@Suite struct SynthNotesTests {
    static let subjects = ["Fern", "Cactus", "Orchid", "Basil", "Tomato", "Lavender", "Ivy", "Aloe"]
    static let advice = ["Water when the top inch is dry.", "Keep it away from cold drafts.", "Feed it monthly in summer.",
                         "Rotate the pot every week.", "Repot it every two years.", "Mist the leaves in dry weather.",
                         "Cut back any yellow stems.", "Use a pot with drainage holes.", "Give it a bright windowsill."]

    @Test(arguments: 1...6) func notesAreTheExamplesOwnSentences(seed: UInt64) throws {
        var rng = TextRNG(seed: seed)
        let key = ["notes", "care_notes", "instructions", "tips", "description"][rng.below(5)]
        var examples: [JSON] = []
        var sentences = Set<String>()
        for subject in Self.subjects.prefix(3 + rng.below(4)) {
            var own = (0..<2).compactMap { _ in rng.pick(Self.advice) }
            if rng.chance(0.5) { own.append("The \(subject) sulks after a move.") }
            sentences.formUnion(own)
            examples.append(.object(JSONObject([("plant", .string(subject)), ("water_every_days", .int(Int64(3 + rng.below(20)))),
                                                ("pet_safe", .bool(rng.chance(0.5))), (key, .string(own.joined(separator: " ")))])))
        }
        let request: JSON = .object(JSONObject([("examples", .array(examples)), ("multiplier", .int(4)), ("seed", .int(Int64(seed)))]))
        let plan = try SynthDataGenerator.plan(params: request)
        for row in plan.rows() {
            let g = row.generated, original = row.original
            let text = try #require(g[key]?.stringValue)
            let plant = g["plant"]?.stringValue ?? ""
            for sentence in TextVariety.sentences(text) {
                #expect(sentences.contains(sentence), "\(key): \(sentence)")
                for other in Self.subjects where other != plant { #expect(!sentence.contains(other), "\(plant): \(sentence)") }
            }
            if plant == original["plant"]?.stringValue { #expect(g["pet_safe"] == original["pet_safe"], "\(plant)") }
        }
    }

    /// Opinions stay reviews: a `review` beside a rating still follows its rating.
    @Test func opinionsAreStillWrittenAsReviews() {
        #expect(SynthRowWriter.holdsOpinions(key: "review", rated: false))
        #expect(SynthRowWriter.holdsOpinions(key: "notes", rated: true))
        #expect(!SynthRowWriter.holdsOpinions(key: "care_notes", rated: false))
    }
}
