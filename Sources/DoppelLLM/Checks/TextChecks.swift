import DoppelText
import DoppelEngine

/// Checks of what a model wrote that go beyond its shape: a placeholder, a
/// copy of the format hint, a sentiment against its label, two items that
/// are nearly the same. Each returns a problem in words fit to show the
/// model in the repair round, or nothing.
///
/// The rules are about language in general — filler words, word overlap,
/// common evaluative words — not about any particular prompt or judge.
public enum TextChecks {
    /// Words that fill a slot without saying anything: test and sample
    /// markers, lorem ipsum, and the names of the slot itself.
    static let fillerWords: Set<String> = [
        "test", "testing", "sample", "example", "placeholder", "lorem", "ipsum", "dolor", "sit", "amet", "hello", "world",
        "foo", "bar", "baz", "dummy", "todo", "tbd", "na", "xxx", "asdf", "string", "text", "content", "value", "title",
        "item", "here", "goes", "insert",
    ]
    /// Filler that marks a placeholder even alone ("test", "lorem"); the
    /// rest ("hello", "world") only in company.
    static let markerWords: Set<String> = [
        "test", "testing", "sample", "example", "placeholder", "lorem", "ipsum", "dolor", "amet", "foo", "bar", "baz",
        "dummy", "todo", "tbd", "xxx", "asdf",
    ]
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// Words that carry no meaning of their own.
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "is", "are", "was", "be", "it", "of", "for", "to", "in", "on", "and", "or",
        "some", "my", "your", "our", "its", "just", "only",
    ]

    /// The lower-case words of `text` (letters and digits).
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The quoted phrases of a format hint (`{"title": "a short review title"}`
    /// → `title a short review title`): what the model was to replace, not the
    /// prose around it.
    public static func quotedPhrases(_ hint: String) -> String {
        hint.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }.joined(separator: " ")
    }

    /// A problem when `text` is filler ("This is a test.", "Hello world!", "…")
    /// or mostly the words of the format hint's phrases it was asked to fill in.
    public static func placeholderProblem(_ text: String, hint: String) -> String? {
        let w = words(text)
        if w.isEmpty { return "it has no words" }
        let meaningful = w.filter { !functionWords.contains($0) }
        if meaningful.allSatisfy({ fillerWords.contains($0) }),
           meaningful.count >= 2 || meaningful.contains(where: { markerWords.contains($0) }) || meaningful.isEmpty {
            return "\"\(clipped(text))\" is a placeholder, not real text"
        }
        // A short text built from the hint's own words repeats the instruction
        // instead of following it; numbers count alike ("5 to 10" for "three to five").
        let hintWords = Set(words(quotedPhrases(hint)).map(numberToken)).subtracting(functionWords)
        let own = meaningful.map(numberToken)
        if own.count >= 2, own.count <= 8, !hintWords.isEmpty {
            let shared = own.filter { hintWords.contains($0) }.count
            if Double(shared) / Double(own.count) > 0.55 {
                return "\"\(clipped(text))\" copies the format description instead of writing the text"
            }
        }
        return nil
    }

    /// Pairs of positions whose texts are near-duplicates: the same words
    /// but one, or word sets overlapping by 85 % or more (texts of three
    /// words or more; shorter ones only when equal).
    public static func nearDuplicates(_ texts: [String]) -> [(Int, Int)] {
        let tokenised = texts.map(words)
        let sets = tokenised.map(Set.init)
        var pairs: [(Int, Int)] = []
        for i in tokenised.indices {
            for j in tokenised.indices where j > i {
                let a = tokenised[i], b = tokenised[j]
                guard !a.isEmpty, !b.isEmpty else { continue }
                if a == b { pairs.append((i, j)); continue }
                guard a.count >= 3, b.count >= 3 else { continue }
                if a.count == b.count, zip(a, b).filter({ $0 != $1 }).count <= 1 { pairs.append((i, j)); continue }
                let union = sets[i].union(sets[j]).count
                if union > 0, Double(sets[i].intersection(sets[j]).count) / Double(union) >= 0.85 { pairs.append((i, j)) }
            }
        }
        return pairs
    }

    /// A problem when `text` plainly reads the other way from `label`: a
    /// "negative" review that praises, a "positive" one that complains.
    /// Neutral texts and mixed ones (neither side twice the other) pass.
    public static func sentimentProblem(_ text: String, label: Sentiment) -> String? {
        let (positive, negative) = SentimentCues.score(text)
        switch label {
        case .negative where positive >= 2 && positive >= 2 * max(1, negative):
            return "it is labelled negative but reads as praise (\(positive) approving words, \(negative) disapproving)"
        case .positive where negative >= 2 && negative >= 2 * max(1, positive):
            return "it is labelled positive but reads as a complaint (\(negative) disapproving words, \(positive) approving)"
        default:
            return nil
        }
    }

    private static func numberToken(_ word: String) -> String {
        word.allSatisfy(\.isNumber) || numberWords.contains(word) ? "#" : word
    }

    static func clipped(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}
