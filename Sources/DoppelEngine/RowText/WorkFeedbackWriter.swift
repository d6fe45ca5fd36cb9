/// A teacher's feedback on a student's graded work, leaning the way its score does: praise and a next step for a
/// high mark, what to work on for a middling one, what is missing for a low one. Schoolwork words, no product or
/// purchase ("Great quality for the price" is not a teacher's).
enum WorkFeedbackWriter {
    static let strong = ["Excellent work.", "Outstanding effort.", "Great job.", "Very well done.", "A strong piece of work."]
    static let strongDetail = ["Your reasoning is clear throughout.", "Well organised and carefully checked.", "You explained each step clearly.",
                               "Thoughtful analysis with good evidence.", "Neat, accurate and complete."]
    static let strongNext = ["Try the extension questions next time.", "Keep it up.", "Consider sharing your approach with the class.",
                             "Push yourself with the challenge problems."]
    static let middling = ["Good effort.", "Solid work overall.", "A fair attempt.", "Some good ideas here."]
    static let middlingDetail = ["Show your working on the longer questions.", "Check your units and signs.", "Develop your conclusion further.",
                                 "Support your points with examples from the text.", "Watch the details in your calculations.",
                                 "Proofread for spelling before you hand in."]
    static let weak = ["This needs more work.", "Incomplete submission.", "Several answers are missing.", "Not yet at the expected level."]
    static let weakDetail = ["Please see me about resubmitting.", "Review your notes and redo questions 3 to 5.",
                             "Let's go over this together in class.", "Come to the help session on Thursday.",
                             "Read the instructions carefully before you start."]

    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
        switch RowMood(stars: f.stars) {
        case .positive: return r.pick(strong) + " " + r.pick(strongDetail) + (r.chance(0.5) ? " " + r.pick(strongNext) : "")
        case .mixed: return r.pick(middling) + " " + r.pick(middlingDetail)
        case .negative: return r.pick(weak) + " " + r.pick(weakDetail)
        }
    }

    /// Stars (1–5) from a score out of its top: 85 % and over is five, under half is one.
    static func stars(score: Double, top: Double) -> Double? {
        guard top > 0, score.isFinite else { return nil }
        let ratio = score / top
        return ratio >= 0.85 ? 5 : ratio >= 0.75 ? 4 : ratio >= 0.6 ? 3 : ratio >= 0.5 ? 2 : 1
    }
}
