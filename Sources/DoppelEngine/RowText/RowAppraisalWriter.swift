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

    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
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
}
