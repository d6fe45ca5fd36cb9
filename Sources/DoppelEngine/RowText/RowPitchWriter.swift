import DoppelText

/// A cover letter, pitch or personal statement written for what the row applies for (its
/// referenced project, job or programme): who the writer is, what they have done, how they would
/// go about it and when they can start.
enum RowPitchWriter {
    enum Aim { case project, job, study }

    static let jobNouns: Set<String> = ["job", "position", "opening", "vacancy", "role", "posting", "requisition"]
    static let studyNouns: Set<String> = ["program", "programme", "course", "school", "university", "college", "scholarship",
                                          "degree", "fellowship", "admission"]

    /// What a letter about a parent called `noun` applies for.
    static func aim(_ noun: String?) -> Aim {
        let words = Set((noun ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if !words.isDisjoint(with: jobNouns) { return .job }
        if !words.isDisjoint(with: studyNouns) { return .study }
        return .project
    }

    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let years = String(2 + r.below(12))
        switch aim(f.subjectNoun) {
        case .job:
            let s = f.subjectName.map { "the \($0) position" } ?? "this position"
            return [fill(r.pick(jobOpeners), s, years, &r), fill(r.pick(jobExperience), s, years, &r), r.pick(jobReasons),
                    r.pick(jobClosers)].joined(separator: " ")
        case .study:
            let s = f.subjectName ?? "this programme"
            return [fill(r.pick(studyOpeners), s, years, &r), r.pick(studyBackground), r.pick(studyGoals),
                    r.pick(studyClosers)].joined(separator: " ")
        case .project:
            let s = f.subjectName ?? "your project"
            return [fill(r.pick(projectOpeners), s, years, &r), fill(r.pick(projectExperience), s, years, &r),
                    fill(r.pick(projectPlans), s, years, &r), fill(r.pick(projectStarts), s, years, &r),
                    r.pick(projectClosers)].joined(separator: " ")
        }
    }

    static func fill(_ pattern: String, _ subject: String, _ years: String, _ r: inout CellRandom) -> String {
        let client = r.pick(clients), step = r.pick(firstSteps), cadence = r.pick(cadences), when = r.pick(starts)
        let weeks = String(2 + r.below(10))
        return SlotFill.fill(pattern) { slot in
            switch slot {
            case "s": return subject
            case "n": return years
            case "c": return client
            case "f": return step
            case "p": return cadence
            case "w": return when
            case "k": return weeks
            default: return nil
            }
        }
    }

    static let projectOpeners = ["Hi, I read your brief for {s} and would love to take it on.",
                                 "Hello, {s} looks like a great fit for my experience.", "Hi there, I would like to help with {s}.",
                                 "Hello, thanks for posting {s}; it is exactly the kind of work I enjoy."]
    static let projectExperience = ["I have {n} years of experience with projects like this, most recently for {c}.",
                                    "Over the last {n} years I have delivered similar work, including a project for {c}.",
                                    "Last year I finished a very similar project for {c}, on time and within budget.",
                                    "I have been doing this kind of work for {n} years and can share examples from {c}."]
    static let projectPlans = ["I would start with {f}, then share progress {p}.", "My plan is to begin with {f} and keep you updated {p}.",
                               "The first step would be {f}; after that you would see progress {p}."]
    static let projectStarts = ["I can start {w} and expect to finish in about {k} weeks.", "I am available {w}.",
                                "I could begin {w}, and {k} weeks should be enough for the first version."]
    static let projectClosers = ["Happy to answer any questions on a quick call.", "Thanks for considering my proposal.",
                                 "Looking forward to hearing from you.", "Let me know if you would like to see samples of my work."]
    static let clients = ["a regional retail chain", "a logistics startup", "a local credit union", "a non-profit",
                          "a design agency", "a software company", "a hospital group", "a family-owned manufacturer",
                          "an online store", "an accounting firm"]
    static let firstSteps = ["a short call to agree on the scope", "a review of what you have today", "a written plan with milestones",
                             "a small first milestone you can check"]
    static let cadences = ["every week", "twice a week", "at each milestone", "in a short weekly report"]
    static let starts = ["next Monday", "this week", "within two weeks", "at the start of next month"]

    static let jobOpeners = ["Dear hiring team, I am writing to apply for {s}.", "Hello, I would like to be considered for {s}.",
                             "Dear hiring manager, please accept my application for {s}."]
    static let jobExperience = ["For the past {n} years I have worked in a similar role, most recently for {c}.",
                                "I bring {n} years of relevant experience, including time at {c}, where I trained new colleagues.",
                                "In my current job at {c} I have spent {n} years improving how the team works."]
    static let jobReasons = ["What draws me to this role is the chance to work with a team that cares about quality.",
                             "I am looking for a place where I can take on more responsibility and keep learning.",
                             "I admire the work your company does and would be glad to contribute to it."]
    static let jobClosers = ["I would welcome the chance to talk. Thank you for your time.", "Thank you for considering my application.",
                             "My CV is attached, and I am happy to provide references."]

    static let studyOpeners = ["I am applying to {s} because it brings together the subjects I care about most.",
                               "Ever since my first year of school I have wanted to study at this level, and {s} is my first choice."]
    static let studyBackground = ["My grades have been strongest in the subjects closest to this course.",
                                  "Outside class I volunteered at a local charity, which taught me to plan and to listen.",
                                  "A summer job showed me how much I still have to learn, and how much I want to."]
    static let studyGoals = ["After graduating I hope to work in the field and, one day, to teach it.",
                             "I want to build the skills to start a project of my own.",
                             "I hope to use what I learn to help my community."]
    static let studyClosers = ["Thank you for considering my application.", "I would be proud to join the programme."]
}
