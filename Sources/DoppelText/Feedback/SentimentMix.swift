/// How a feedback response's items divide between sentiments.
///
/// Counts are exact: each sentiment gets `weight × count / total` items
/// rounded down, and the items left over go one each to the largest
/// remainders, ties broken in the listed order (largest remainder method).
///
/// | mix | shares, in tie-break order |
/// |---|---|
/// | balanced | positive 1/3, negative 1/3, neutral 1/3 |
/// | positive | positive 70%, neutral 20%, negative 10% |
/// | negative | negative 70%, neutral 20%, positive 10% |
/// | mixed | neutral 40%, positive 30%, negative 30% |
public enum SentimentMix: String, CaseIterable, Sendable {
    case balanced, positive, negative, mixed

    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Integer weights in tie-break order.
    public var shares: [(Sentiment, Int)] {
        switch self {
        case .balanced: return [(.positive, 1), (.negative, 1), (.neutral, 1)]
        case .positive: return [(.positive, 7), (.neutral, 2), (.negative, 1)]
        case .negative: return [(.negative, 7), (.neutral, 2), (.positive, 1)]
        case .mixed: return [(.neutral, 4), (.positive, 3), (.negative, 3)]
        }
    }

    /// Exact item counts per sentiment for `count` items (sums to `count`).
    public func counts(for count: Int) -> [Sentiment: Int] {
        let shares = self.shares
        let counts = ExactShares.counts(weights: shares.map(\.1), total: count)
        var result: [Sentiment: Int] = [:]
        for (i, share) in shares.enumerated() { result[share.0] = counts[i] }
        return result
    }
}
