/// What an inspection, an audit or a survey found, as serious as its severity or result column
/// says: a clean result finds nothing to fix, a high one takes the thing out of use. The words fit
/// whatever was inspected (a turbine, a lift, a kitchen, a roof), so they name no part of it.
enum InspectionFindings {
    enum Tier: Sendable, Equatable { case clean, moderate, serious }

    /// The tier a severity, grade or result value names; nil when it names none.
    static func tier(of value: String?) -> Tier? {
        guard let v = value?.lowercased(), !v.isEmpty else { return nil }
        // A grade of 1–5, worst last.
        if let n = Int(v) { return n <= 1 ? .clean : n <= 3 ? .moderate : .serious }
        func has(_ words: [String]) -> Bool { words.contains { v.contains($0) } }
        if has(["crit", "high", "major", "severe", "fail", "urgent", "unsafe", "red", "reject", "condemn", "danger", "poor"]) {
            return .serious
        }
        if has(["medium", "moderate", "warn", "amber", "yellow", "conditional", "rework", "attention", "fair"]) { return .moderate }
        if has(["low", "none", "pass", "ok", "good", "green", "satisf", "clear", "complian", "minor", "excellent"]) { return .clean }
        return nil
    }

    /// One or two sentences: what was found, then what follows from it.
    static func write(severity: String?, _ r: inout CellRandom) -> String {
        let tier = tier(of: severity) ?? [Tier.clean, .clean, .clean, .moderate, .moderate, .serious][r.below(6)]
        let found: String
        let next: [String]
        switch tier {
        case .clean:
            found = r.pick(["No defects found.", "All checks passed.", "Everything within limits; no action needed.",
                            "Minor wear noted, within tolerance.", "Clean inspection; nothing to report.",
                            "No issues found and the records are up to date."])
            next = ["Next inspection as scheduled.", "", ""]
        case .moderate:
            found = r.pick(["Wear beyond normal limits; repair scheduled.", "Two minor defects logged for the next maintenance visit.",
                            "Loose fittings found and tightened; recheck in 30 days.", "Early signs of corrosion, to be monitored.",
                            "A small leak found; repair booked.", "A few items need attention within the month."])
            next = ["Follow-up inspection booked.", "Photos attached to the report.", "Owner informed on site.", ""]
        case .serious:
            found = r.pick(["Serious defect found; taken out of service until repaired.", "Failed the safety check; urgent repair ordered.",
                            "Structural damage found; an engineer's assessment requested.", "Critical fault found; use stopped pending repair.",
                            "Safety hazard found and reported the same day."])
            next = ["Follow-up inspection required before reuse.", "Photos attached to the report.", "Owner informed on site."]
        }
        let then = r.pick(next)
        return then.isEmpty ? found : found + " " + then
    }
}
