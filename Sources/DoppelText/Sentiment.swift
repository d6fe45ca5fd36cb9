/// The feeling a text expresses, and the feedback rating that agrees with it.
public enum Sentiment: String, CaseIterable, Sendable {
    case positive, neutral, negative

    /// Ratings that agree with the sentiment: positive 4–5, neutral 3, negative 1–2.
    public var ratings: ClosedRange<Int> {
        switch self {
        case .positive: return 4...5
        case .neutral: return 3...3
        case .negative: return 1...2
        }
    }
}

/// How long and how structured a generated text is.
public enum Complexity: String, CaseIterable, Sendable {
    /// One or two sentences.
    case simple
    /// One paragraph of three to five sentences.
    case medium
    /// Three or four paragraphs with specifics (numbers, durations, names, roles).
    case complex
}

/// The voice a text is written in.
public enum Register: String, CaseIterable, Sendable {
    case casual, formal
}
