import DoppelText

/// What an inspector writes about a manufacturing defect: what was found, by its type, and what was done about it,
/// by its severity (a cosmetic scratch is touched up, a cracked weld quarantines the batch). Not "This is a
/// medium-severity defect."
enum DefectReports {
    /// Singular table names of found defects.
    static let nouns: Set<String> = ["defect", "nonconformance", "non_conformance", "quality_issue", "flaw", "rejection", "reject",
                                     "defect_report", "ncr"]

    /// Findings by defect type: the words a type value starts with, and what the inspector saw.
    static let findings: [(stem: String, lines: [String])] = [
        ("scratch", ["Scratch across the front panel", "Fine scratches on the polished surface", "Scratch along the edge of the housing"]),
        ("dent", ["Dent in the side panel", "Small dent near the mounting hole", "Dented corner on the enclosure"]),
        ("misalign", ["Bracket mounted out of alignment", "Holes misaligned with the mating part", "Cover sits out of line with the frame"]),
        ("crack", ["Hairline crack near the weld seam", "Crack at the base of the mounting boss", "Crack running from a bolt hole"]),
        ("discolo", ["Discoloration on the painted surface", "Uneven color across the finish", "Yellowed patch on the outer casing"]),
        ("dimension", ["Outer diameter 0.3 mm over tolerance", "Length out of tolerance by 1.2 mm", "Hole position off by 0.5 mm"]),
        ("contamina", ["Oil residue on the sealing surface", "Metal shavings found inside the housing", "Dust trapped under the coating"]),
        ("burr", ["Burr along the cut edge", "Sharp burr left on the drilled hole", "Burrs on the stamped flange"]),
        ("porosity", ["Porosity in the casting wall", "Pinholes in the weld bead", "Gas pockets found in the cast housing"]),
        ("missing", ["Missing fastener on the rear cover", "Gasket missing from the assembly", "Label missing from the unit"]),
        ("leak", ["Leak at the hose fitting under pressure test", "Seal leaking at the housing joint", "Slow leak found at the drain plug"]),
    ]

    /// What was done, by severity (for any finding): minor findings are accepted, moderate ones reworked, severe ones stop parts.
    static let minor = ["minor, accepted with a note", "within limits, logged and passed", "passed after a second check"]
    static let moderate = ["part sent back for rework", "unit held for engineering review", "reworked and re-inspected"]
    static let severe = ["batch quarantined", "parts scrapped and the line stopped for checks", "lot rejected and the supplier notified"]

    /// A finding for a defect of `type` (any found type; a drawn one when nil) and `severity`, with what was done.
    static func write(type: String?, severity: String?, _ r: inout CellRandom) -> String {
        let t = (type ?? "").lowercased()
        let finding: String
        if let found = findings.first(where: { t.contains($0.stem) }) {
            finding = r.pick(found.lines)
        } else if t.isEmpty {
            finding = r.pick(findings[r.below(findings.count)].lines)
        } else {
            finding = "Defect found at inspection"
        }
        let s = Set((severity ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let outcome = !s.isDisjoint(with: ["low", "minor", "cosmetic", "trivial", "negligible"]) ? minor
            : !s.isDisjoint(with: ["high", "critical", "severe", "major", "blocker", "catastrophic"]) ? severe
            : s.isEmpty ? [minor, moderate, severe][r.below(3)] : moderate
        return finding + "; " + r.pick(outcome) + "."
    }
}
