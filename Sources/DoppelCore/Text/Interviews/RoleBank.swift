/// Interview question banks per role, and how a free-text role finds its bank.
///
/// A role bank defines `title`, `aliases` (lowercase phrases that identify the
/// role), role nouns for shared templates (`stakeholder`, `deliverable`,
/// `pressure`, `metric`, `tool`, `core_task`) and `technical` and `situational`
/// entries (`question :: ideal answer :: rubric; rubric; rubric[ :: difficulty]`).
enum RoleBank {
    static let all: [PhraseBank] = [softwareEngineer, dataScientist, dataAnalyst, devops, productManager, designer, sales,
                                    marketing, customerSupport, nurse, accountant, teacher, projectManager, recruiter]

    /// The bank whose aliases best match `role` (longest whole-phrase match), or nil.
    static func bank(for role: String) -> PhraseBank? {
        let padded = " " + TextTokens.words(role.lowercased()).joined(separator: " ") + " "
        var best: (PhraseBank, Int)?
        for bank in all {
            for alias in bank["aliases"] ?? [] {
                let a = " " + TextTokens.words(alias).joined(separator: " ") + " "
                if padded.contains(a), a.count > best?.1 ?? 0 { best = (bank, a.count) }
            }
        }
        return best?.0
    }

    /// A bank for a role Doppel has no questions for: generic nouns built from the role's name.
    static func generic(role: String) -> PhraseBank {
        let name = role.trimmingSpaces().lowercased()
        return PhraseBank(name: "generic", source: """
        title: \(name)
        stakeholder: your manager | a client | a colleague from another team | a new team member
        deliverable: an important piece of work | a project with a hard deadline | a process improvement
        pressure: a tight deadline | limited resources | an unexpected setback
        metric: the quality of your work | turnaround time | client satisfaction
        tool: tool | method | technique
        core_task: your core day-to-day work | planning your workload | improving how the team works
        """)
    }
}
