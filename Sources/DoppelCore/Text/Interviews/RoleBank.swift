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
        return PhraseBank(name: "generic", source: """
        stakeholder: your manager | a client | a colleague from another team | a new team member | a senior leader | a supplier
        deliverable: an important piece of work | a project with a hard deadline | a process improvement | a report for senior leadership | a handover to another team
        pressure: a tight deadline | limited resources | an unexpected setback | a sudden change in priorities | a key colleague being away
        metric: the quality of your work | turnaround time | client satisfaction | the number of errors that reach others
        tool: tool | method | technique | checklist
        core_task: your core day-to-day work | planning your workload | improving how the team works | training newer colleagues
        """)
    }
}
