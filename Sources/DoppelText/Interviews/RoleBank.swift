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
    ///
    /// An alias that is only a broad head noun ("engineer", "controller") matches a title
    /// with no subject of its own: "senior engineer" is a software engineer, "marine
    /// engineer" and "air traffic controller" are other jobs.
    static func bank(for role: String) -> PhraseBank? {
        let padded = " " + TextTokens.words(role.lowercased()).joined(separator: " ") + " "
        let title = RoleTitle(role)
        // "air traffic controller" is a listed job of its own; "marine engineer" has a subject of its own
        let ownJob = title.head.contains(" ") || !title.modifiers.isEmpty || title.ofPhrase != nil
        var best: (PhraseBank, Int)?
        for bank in all {
            for alias in bank["aliases"] ?? [] {
                let words = TextTokens.words(alias)
                if ownJob, words.count == 1, title.head.lowercased().hasSuffix(words[0]), WorkLexicon.isBroadHead(words[0]) { continue }
                let a = " " + words.joined(separator: " ") + " "
                if padded.contains(a), a.count > best?.1 ?? 0 { best = (bank, a.count) }
            }
        }
        return best?.0
    }

    /// A bank for a role Doppel has no questions for: the vocabulary of its kind of work
    /// (`WorkKindBank`) with the title's own subject filled in.
    static func derived(role: String) -> PhraseBank { WorkKindBank.bank(for: RoleTitle(role)) }
}
