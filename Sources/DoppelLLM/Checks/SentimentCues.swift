/// Approving and disapproving words of everyday English, and negation: the
/// general cue list behind `TextChecks.sentimentProblem`.
///
/// Deliberately small and general (no domain's or judge's vocabulary): it
/// only has to catch a text that reads plainly the other way from its label.
enum SentimentCues {
    static let approving: Set<String> = [
        "good", "great", "excellent", "amazing", "awesome", "fantastic", "wonderful", "perfect", "love", "loved", "loving",
        "best", "happy", "pleased", "delighted", "impressed", "recommend", "recommended", "enjoy", "enjoyed", "superb",
        "outstanding", "brilliant", "friendly", "helpful", "easy", "smooth", "reliable", "fast", "quick", "nice",
        "beautiful", "comfortable", "clean", "satisfied", "glad", "incredible", "exceptional", "flawless", "favorite",
        "favourite", "worth", "thrilled", "exceeded",
    ]
    static let disapproving: Set<String> = [
        "bad", "terrible", "awful", "horrible", "poor", "worst", "hate", "hated", "disappointed", "disappointing",
        "disappointment", "broken", "useless", "slow", "rude", "dirty", "refund", "waste", "wasted", "frustrating",
        "frustrated", "annoying", "unhappy", "angry", "failed", "fails", "failure", "crash", "crashes", "crashed",
        "bug", "buggy", "problem", "problems", "issue", "issues", "complaint", "unacceptable", "overpriced", "never",
        "mediocre", "unreliable", "lost", "late", "delayed", "cancelled", "canceled", "wrong", "missing", "regret",
    ]
    static let negators: Set<String> = ["not", "no", "never", "hardly", "barely", "without", "nothing", "nor", "isn", "wasn",
                                        "don", "didn", "doesn", "won", "wouldn", "couldn", "aren", "weren", "cannot"]

    /// Approving and disapproving words in `text`; a word within three words
    /// after a negator counts for the other side ("not good" disapproves).
    static func score(_ text: String) -> (positive: Int, negative: Int) {
        var positive = 0, negative = 0
        var sinceNegator = Int.max
        for word in TextChecks.words(text) {
            let flipped = sinceNegator <= 3
            if approving.contains(word) {
                if flipped { negative += 1 } else { positive += 1 }
            } else if disapproving.contains(word) && word != "never" {
                if flipped { positive += 1 } else { negative += 1 }
            }
            if negators.contains(word) { sinceNegator = 0 } else if sinceNegator != Int.max { sinceNegator += 1 }
        }
        return (positive, negative)
    }
}
