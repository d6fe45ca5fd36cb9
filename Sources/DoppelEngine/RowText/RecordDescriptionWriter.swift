import DoppelText

/// A description of a record that is not a product (an incident report, a
/// maintenance job, a claim), written from the row's own values: its kind and
/// grade (`type`, `severity`, `priority`), the moment it was logged, its
/// status and its other short facts. "This is a high-severity incident report,
/// logged on 2024-03-12. The ward is ICU. It is resolved; no further action is
/// needed."
enum RecordDescriptionWriter {
    /// One short fact of the row: the column's words and its value as written.
    struct Fact: Sendable {
        var label: String
        var value: String
    }

    /// Columns that grade a record and read before its noun (`high-severity`).
    static let gradeWords: Set<String> = ["severity", "priority", "urgency", "risk", "impact", "level"]
    /// Columns that say what kind of record it is and read as its adjective (`electrical`).
    static let kindWords: Set<String> = ["type", "kind", "category", "class", "classification"]
    static let statusWords: Set<String> = ["status", "state", "stage", "outcome", "result"]

    /// With `name`, the description opens with it: "Harbor Lights Appeal is a fundraising campaign, launched on …".
    static func write(noun: String, name: String? = nil, facts: [Fact], when: (verb: String, date: String)?, _ r: inout CellRandom) -> String {
        var grade: String?
        var kind: String?
        var status: String?
        var others: [Fact] = []
        for f in facts {
            let words = Set(f.label.split(separator: " ").map(String.init))
            if grade == nil, !words.isDisjoint(with: gradeWords), let w = words.first(where: gradeWords.contains) {
                grade = "\(phrase(f.value))-\(w)"
            } else if kind == nil, !words.isDisjoint(with: kindWords) {
                kind = phrase(f.value)
            } else if status == nil, !words.isDisjoint(with: statusWords) {
                status = phrase(f.value)
            } else if let name, f.value.trimmingSpaces == name.trimmingSpaces {
                // (the name it opens with, not again as "Title: Movie Night")
                continue
            } else {
                others.append(f)
            }
        }
        var opening = ["a", grade, kind, noun].compactMap { $0 }.joined(separator: " ")
        if let when { opening += ", \(when.verb) on \(when.date)" }
        // A sentence, not a heading: "This is a claim, filed on …".
        if let name = name?.trimmingSpaces, !name.isEmpty { opening = "\(name) is \(opening)" } else { opening = "this is \(opening)" }
        var sentences = [TextPolish.capitalised(opening) + "."]
        // A repair request says what is wrong, in its own trade's words (a plumbing job's leak).
        if RepairProblems.isRepairRecord(noun), let kind, let problems = RepairProblems.problems(forCategory: kind) {
            sentences = [problems[r.below(problems.count)]]
            others = []
        }
        for f in others.prefix(2) {
            sentences.append(r.below(2) == 0 ? "The \(f.label) is \(f.value)." : "\(TextPolish.capitalised(f.label)): \(f.value).")
        }
        if let status {
            // "The request is completed", not "It is completed" after a sentence about a flickering light
            let it = "The " + noun
            let closing = LifecycleStage(status: status)
            let words = LifecycleStage.words(of: status)
            switch closing {
            case .resolved, .delivered, .paid, .returned: sentences.append("\(it) is \(status); no further action is needed.")
            case .cancelled where !words.isDisjoint(with: ["cancelled", "canceled", "cancel", "abandoned", "voided", "void"]):
                sentences.append("\(it) was \(status) before any work was done.")
            case _ where closing == .cancelled || !words.isDisjoint(with: Self.refusedWords):
                // A refused or lapsed record is settled: it waits for nothing.
                sentences.append("\(it) was \(status).")
            // (a case still open waits for someone; an active box or plan is simply active)
            case _ where !words.isDisjoint(with: Self.waitingWords):
                sentences.append(r.below(2) == 0 ? "\(it) is \(status) and awaits follow-up." : "Current status: \(status).")
            default: sentences.append(r.below(2) == 0 ? "\(it) is currently \(status)." : "Current status: \(status).")
            }
        }
        return TextPolish.articles(sentences.joined(separator: " "))
    }

    /// Statuses of a record someone has still to act on.
    static let waitingWords: Set<String> = ["open", "new", "pending", "submitted", "reported", "progress", "review", "waiting",
                                            "awaiting", "triage", "assigned", "escalated", "received", "requested", "draft"]

    /// Statuses that end a record without it being done: nothing follows them.
    static let refusedWords: Set<String> = ["denied", "rejected", "declined", "refused", "expired", "terminated", "withdrawn", "failed", "lapsed"]

    /// A value as words in a sentence: `out_of_service` → `out of service`, lower-case unless an acronym.
    static func phrase(_ value: String) -> String {
        let spaced = value.replacingOccurrences(of: "_", with: " ")
        return spaced == spaced.uppercased() && spaced.count <= 4 ? spaced : spaced.lowercased()
    }

}
