/// A manager's feedback in a performance review: what went well and what to work on, leaning the way the
/// review's rating does. Workplace language, no product or purchase, and no word on goals (a `goals_met`
/// column beside it is drawn on its own).
enum RowAppraisalWriter {
    static let strengths = [
        "stakeholder communication", "meeting deadlines", "ownership of their projects", "attention to detail", "mentoring newer colleagues",
        "collaboration across teams", "problem solving", "customer focus", "clear written documentation", "planning and prioritisation",
    ]
    static let growth = [
        "delegating work", "speaking up in planning meetings", "estimating effort", "giving timely updates",
        "prioritising the most important work", "following up with stakeholders", "sharing knowledge with the team",
    ]
    static let strong = [
        "Consistently exceeded expectations this period.", "An outstanding period with results well above target.",
        "Delivered strong results and raised the bar for the team.",
    ]
    static let solid = [
        "Met expectations this period.", "A solid period overall.", "Steady, reliable performance this period.",
    ]
    static let weak = [
        "Did not meet expectations this period.", "A difficult period.", "Performance fell below the level expected for the role.",
    ]

    /// What an interviewer notes about a candidate.
    static let candidateStrengths = ["clear, structured answers", "relevant experience", "strong communication", "calm problem solving under time pressure",
                                     "real curiosity about the team", "a well-prepared portfolio", "technical depth"]
    static let candidateGaps = ["specific examples from past work", "the technical exercise", "depth on the role's core skills",
                                "questions about past projects", "explaining their decisions"]

    /// Words of an entity whose feedback is an interviewer's on a candidate.
    static let interviewWords: Set<String> = ["interview", "interviews", "screening", "screenings"]

    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
        if !Set(f.noun.lowercased().split(separator: " ").map(String.init)).isDisjoint(with: interviewWords) { return candidate(f, &r) }
        let strength = r.pick(strengths)
        var area = r.pick(growth)
        var tries = 0
        while area == strength && tries < 4 { area = r.pick(growth); tries += 1 }
        switch RowMood(stars: f.stars) {
        case .positive:
            return "\(r.pick(strong)) Particularly strong at \(strength). \(r.pick(["Next step: take the lead on \(area).", "Ready for more responsibility; keep growing in \(area)."]))"
        case .mixed:
            return "\(r.pick(solid)) Good at \(strength); needs to improve at \(area). \(r.pick(["We agreed on clear goals for next quarter.", "A development plan is in place."]))"
        case .negative:
            return "\(r.pick(weak)) Needs significant improvement in \(area) and \(strength). \(r.pick(["A performance improvement plan has been agreed.", "We will review progress monthly."]))"
        }
    }

    /// A performance review's headline, as its rating goes: "Exceeded expectations", "Solid year", "Below expectations".
    static func title(_ f: RowFacts, _ r: inout CellRandom) -> String {
        switch RowMood(stars: f.stars) {
        case .positive: return r.pick(["Exceeded expectations", "A strong year", "Outstanding contribution", "Ready for the next level",
                                       "Consistently excellent work"])
        case .mixed: return r.pick(["Met expectations", "A solid year", "Steady progress", "Good work with room to grow", "On track"])
        case .negative: return r.pick(["Below expectations", "Needs improvement", "A difficult year", "Improvement plan agreed"])
        }
    }

    /// An interviewer's feedback on a candidate, leaning the way the interview's rating does.
    static func candidate(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let strength = r.pick(candidateStrengths), gap = r.pick(candidateGaps)
        switch RowMood(stars: f.stars) {
        case .positive:
            return r.pick(["Strong candidate.", "Very good interview.", "Impressive conversation."]) + " Showed \(strength). "
                + r.pick(["Recommend moving to the next round.", "I would hire.", "Would be a great addition to the team."])
        case .mixed:
            return "Showed \(strength), but was less convincing on \(gap). "
                + r.pick(["Could move forward with a second opinion.", "On the fence; worth a follow-up call."])
        case .negative:
            return r.pick(["Not a fit for the role.", "A weak interview."]) + " Struggled with \(gap). "
                + r.pick(["Do not recommend moving forward.", "Would not proceed."])
        }
    }
}
