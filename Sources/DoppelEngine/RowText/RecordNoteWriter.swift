import DoppelText

/// Notes and reasons on a record that is not a review, comment or product (an
/// appointment's notes, a visit's reason, a booking's remarks), written from the
/// row: the person it references (by first name), the thing it is about (a pet,
/// a car, a property, by name), its status, and what kind of record it is.
///
/// The sentences are the plain remarks people leave on records of any kind —
/// who was contacted and how, whether this is a first or a repeat, what is
/// still open — so they fit a vet's appointment and a plumber's job alike, and
/// say nothing a row contradicts: a cancelled record is never "completed".
enum RecordNoteWriter {
    /// What the note's row holds, each nil when the row has none.
    struct Row {
        var noun: String
        var person: String?
        var subject: String?
        var status: String?
        var date: String?
        /// The record's own type (`leave_type`): a sick leave's reason is an illness.
        var kind: String? = nil
    }

    /// Words of a record of work done on a machine or a building: a work order's, a repair's, a maintenance visit's.
    static let repairNouns: Set<String> = ["work", "repair", "repairs", "maintenance", "service", "callout", "breakdown", "fault",
                                           "inspection", "servicing", "job", "jobs", "wo"]

    /// Heads of a table of lessons: a tutoring session's, a class's, a lesson's notes are about what it worked on.
    static let lessonNouns: Set<String> = ["session", "lesson", "tutoring_session", "tutorial"]

    /// What a tutor writes after a lesson: what it covered (the row's topic, `kind`), how it went, what comes next.
    /// "Worked through stoichiometry. The student is getting faster and made fewer mistakes. Practice set assigned for next time."
    static func lessonNote(_ row: Row, _ r: inout CellRandom) -> String {
        let topic = (row.kind ?? "").trimmingCharacters(in: .whitespaces)
        let t = topic.isEmpty ? "the assigned material" : topic.prefix(1).lowercased() + topic.dropFirst()
        let covered = r.pick(["Worked through \(t).", "Reviewed \(t) with practice problems.", "Covered \(t) from the start.",
                              "Spent the session on \(t).", "Went over \(t) and the homework on it."])
        // (not the row's first person: that may be the tutor)
        let who = "The student"
        let progress = r.pick(["\(who) is getting faster and made fewer mistakes.", "\(who) still finds this hard; we will slow down.",
                               "\(who) understood it well by the end.", "\(who) asked good questions throughout.",
                               "\(who) needs more practice before the test."])
        let next = r.pick(["Practice set assigned for next time.", "Next session: a short quiz on it.", "Will review it again next week.",
                           "Homework: ten practice problems.", ""])
        return [covered, progress, next].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// One or two sentences, each from a different group (who was contacted, what the record
    /// is about, where it stands, the paperwork), so no two of them can disagree.
    static func note(_ row: Row, _ r: inout CellRandom) -> String {
        if hiringNouns.contains(row.noun.lowercased()) { return hiringNote(row, &r) }
        var groups: [[String]] = []
        if let p = row.person {
            groups.append(["Confirmed with \(p) by phone.", "\(p) asked for a reminder the day before.",
                           "Spoke with \(p); no concerns raised.", "\(p) prefers to be contacted by email.",
                           "\(p) will call back with more details.", "Sent the summary to \(p)."])
        }
        if let s = row.subject {
            // Nothing that depends on the record's place among its subject's others ("first"):
            // a row does not know its siblings.
            groups.append(["Notes on \(s) added to the file.", "History for \(s) reviewed beforehand.",
                           "Details for \(s) checked and up to date.", "\(s)'s file updated."])
        }
        switch row.status.map(LifecycleStage.init(status:)) {
        case .cancelled?: groups.append(["Cancelled; no further action needed.", "Cancelled at short notice."])
        case .resolved?, .delivered?, .finished?: groups.append(["Completed without issues.", "All done; nothing outstanding."])
        case .returned?: groups.append(["Returned; the refund is being processed."])
        case .paid?: groups.append(["Paid in full; nothing outstanding.", "Payment received and recorded."])
        case .open?, .shipped?: groups.append(["Awaiting confirmation.", "Still open; follow-up pending.", "Follow-up planned in two weeks."])
        case nil: groups.append(["No issues noted.", "Nothing unusual to report.", "Follow-up planned in two weeks."])
        }
        groups.append(["All details checked.", "Paperwork complete.", "Record updated."])
        let a = r.below(groups.count)
        let first = groups[a][r.below(groups[a].count)]
        guard r.chance(0.45) else { return first }
        let b = (a + 1 + r.below(groups.count - 1)) % groups.count
        return first + " " + groups[b][r.below(groups[b].count)]
    }

    /// Nouns of a record of someone applying for a job.
    static let hiringNouns: Set<String> = ["application", "job application", "applicant", "candidate", "candidacy", "job applicant"]

    /// A recruiter's note on an application: the role it is for (the posting's title), and where the application
    /// stands by its stage; not "History for Controller reviewed".
    static func hiringNote(_ row: Row, _ r: inout CellRandom) -> String {
        let stage = row.status?.lowercased().replacingOccurrences(of: "_", with: " ") ?? ""
        func has(_ words: [String]) -> Bool { words.contains { stage.contains($0) } }
        let where_: [String]
        if has(["reject", "declin", "not selected", "unsuccessful", "withdr"]) {
            where_ = stage.contains("withdr") ? ["Candidate withdrew from the process.", "Withdrew after accepting another offer."]
                : ["Not moving forward; rejection email sent.", "Closed: another candidate was a closer fit.",
                   "Thanked for their time; kept on file for future roles."]
        } else if has(["hired", "accepted", "onboard"]) {
            where_ = ["Offer accepted; start date agreed.", "Signed the offer; onboarding paperwork sent."]
        } else if has(["offer"]) {
            where_ = ["Offer sent; waiting to hear back.", "Offer drafted and waiting for approval.", "Verbal offer made; written offer to follow."]
        } else if has(["interview", "onsite", "on site", "panel", "final"]) {
            where_ = ["Interview loop being scheduled.", "Panel interview set for next week.", "Waiting on interviewer feedback."]
        } else if has(["screen", "review", "assess", "shortlist"]) {
            where_ = ["Phone screen booked with the recruiter.", "Take-home assessment sent.", "Shortlisted for the hiring manager."]
        } else {
            where_ = ["Resume received; screening pending.", "Waiting for the hiring manager's review.", "Application complete; not yet reviewed."]
        }
        var lines = [r.pick(where_)]
        if let role = row.subject, r.chance(0.5) {
            let a = TextPolish.needsAn(Array(role)) ? "an" : "a"
            lines.insert(r.pick(["Applied for the \(role) role.", "Referred for the \(role) opening.",
                                 "Relevant background for \(a) \(role) position.", "Cover letter tailored to the \(role) role."]), at: 0)
        }
        return lines.joined(separator: " ")
    }

    /// What a record's `reason` or `purpose` column says, by what the record is.
    enum Occasion {
        /// Money or goods going back (a refund, a return, a cancellation, a complaint).
        case reversal
        /// Time away (a leave, an absence).
        case absence
        /// A meeting with someone (an appointment, a visit, a consultation, a session).
        case visit
        /// Why a record was turned down (`rejection_reason`, `declined_reason`): a candidate's, a loan's, a
        /// claim's or anything else's.
        case hiringRejection, creditRejection, claimRejection, rejection
        case other

        /// The occasion a turned-down column names (`rejected_reason`, `denial_reason`), by what the record
        /// is; nil for a column that names no refusal.
        init?(refusalColumn columnWords: Set<String>, entityWords words: Set<String>) {
            guard !columnWords.isDisjoint(with: ["rejected", "rejection", "declined", "decline", "denied", "denial", "refused",
                                                 "refusal", "turned"]) else { return nil }
            func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
            if any(["loan", "loans", "credit", "mortgage", "mortgages", "financing", "lending"]) {
                self = .creditRejection
            } else if any(["claim", "claims", "insurance", "policy", "policies"]) {
                self = .claimRejection
            } else if any(["application", "applications", "applicant", "applicants", "candidate", "candidates", "candidacy",
                           "candidacies", "job", "jobs", "hire", "hiring", "posting", "postings", "recruitment"]) {
                self = .hiringRejection
            } else {
                self = .rejection
            }
        }

        init(entityWords words: Set<String>) {
            func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
            if any(["refund", "refunds", "return", "returns", "cancellation", "cancellations", "complaint", "complaints",
                    "dispute", "disputes", "chargeback", "chargebacks", "exchange", "exchanges"]) {
                self = .reversal
            } else if any(["leave", "leaves", "absence", "absences", "sick", "vacation", "vacations", "holiday", "holidays"]) {
                self = .absence
            } else if any(["appointment", "appointments", "visit", "visits", "consultation", "consultations", "session",
                           "sessions", "checkup", "checkups", "exam", "exams", "examination", "examinations", "meeting",
                           "meetings", "admission", "admissions", "encounter", "encounters", "inspection", "inspections"]) {
                self = .visit
            } else {
                self = .other
            }
        }
    }

    static func reason(_ row: Row, occasion: Occasion, _ r: inout CellRandom) -> String {
        var options: [String]
        switch occasion {
        case .reversal:
            options = ["Arrived damaged", "Wrong size", "No longer needed", "Ordered by mistake", "Arrived too late",
                       "Not as described", "Found a better price", "Missing parts", "Changed my mind"]
        case .absence:
            options = absenceReasons(ofKind: row.kind) ?? ["Illness", "Family matters", "Medical appointment", "Annual leave",
                                                             "Personal reasons", "Moving house", "Bereavement", "Childcare"]
        case .visit:
            options = ["Routine check", "Follow-up from the last \(row.noun)", "Annual review", "Second opinion",
                       "Results discussion"]
            if let s = row.subject { options += ["New concern about \(s)", "Check on \(s)'s progress"] }
            if let p = row.person { options += ["Requested by \(p)"] }
        case .hiringRejection:
            options = ["Not enough relevant experience", "Position already filled", "Salary expectations above the range",
                       "Skills did not match the role", "Did not pass the technical assessment",
                       "Another candidate was a closer fit", "Could not relocate"]
        case .creditRejection:
            options = ["Insufficient income", "Incomplete documents", "Credit history too short", "Debt-to-income ratio too high",
                       "Could not verify employment"]
        case .claimRejection:
            options = ["Not covered by the policy", "Filed after the deadline", "Insufficient evidence of the loss",
                       "Damage existed before the policy began", "Policy had lapsed"]
        case .rejection:
            options = ["Did not meet the requirements", "Incomplete information", "Duplicate request", "Outside our policy",
                       "Missing documents"]
        case .other:
            options = ["Routine update", "Change of plans", "Scheduled review", "Correction of an earlier entry"]
            if let p = row.person { options += ["Requested by \(p)", "At \(p)'s request"] }
        }
        return options[r.below(options.count)]
    }

    /// Reasons that fit a kind of leave, by a word of it; nil for a kind no word names.
    static func absenceReasons(ofKind kind: String?) -> [String]? {
        guard let kind else { return nil }
        let words = Set(kind.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return absenceReasonsByWord.first { !words.isDisjoint(with: $0.words) }?.reasons
    }

    static let absenceReasonsByWord: [(words: Set<String>, reasons: [String])] = [
        (["sick", "illness", "medical", "health"], ["Illness", "Flu", "Medical appointment", "Recovering from surgery", "Doctor's orders"]),
        (["parental", "maternity", "paternity", "adoption"], ["Birth of a child", "Adoption", "Caring for a newborn"]),
        (["bereavement", "compassionate", "funeral"], ["Bereavement", "Death in the family", "Attending a funeral"]),
        (["vacation", "annual", "pto", "holiday", "holidays", "vacations"], ["Family holiday", "Annual leave", "Trip abroad",
                                                                           "Time off to rest", "Visiting family", "Wedding abroad"]),
        (["jury", "civic"], ["Jury duty"]),
        (["study", "training", "education", "exam"], ["Exam preparation", "Training course", "Studying for a certification"]),
        (["personal", "unpaid", "other", "casual"], ["Personal reasons", "Family matters", "Moving house", "Childcare"]),
    ]

    /// What was done about a ticket or incident: a fix once it is resolved or closed, where it
    /// stands while it is open, why nothing was done when it was cancelled.
    static func resolution(_ row: Row, _ r: inout CellRandom) -> String {
        // A work order's, a repair's or a maintenance job's fix is done to a machine, not to an account.
        let nounWords = Set(row.noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let said = nounWords.isDisjoint(with: repairNouns) ? deskResolutions : repairResolutions
        let options: [String]
        switch row.status.map(LifecycleStage.init(status:)) {
        case .open?, .shipped?: options = said.open
        case .cancelled?: options = said.cancelled
        default: options = said.done
        }
        return options[r.below(options.count)]
    }

    /// A support desk's resolutions, while open, when cancelled and when done.
    static let deskResolutions = (
        open: ["Under investigation.", "Waiting on the customer's reply.", "Reproduced; a fix is in progress.",
               "Escalated to the second line; no fix yet."],
        cancelled: ["Closed without action: duplicate of an earlier request.", "Withdrawn by the customer."],
        done: ["Reset the password; access confirmed.", "Replaced the faulty part and tested it.",
               "Refund issued to the original payment method.", "Corrected the configuration; working again.",
               "Cleared the cache; the problem did not recur.", "Walked the customer through the steps; confirmed working.",
               "Escalated to the vendor, who shipped a fix.", "Updated to the latest version; resolved."])

    /// A repair's, likewise.
    static let repairResolutions = (
        open: ["Technician booked for a site visit.", "Waiting on a replacement part.", "Diagnosing the fault on site.",
               "Parts ordered; a return visit is scheduled."],
        cancelled: ["Cancelled: the fault could not be reproduced on site.", "Withdrawn by the customer."],
        done: ["Replaced the faulty part and tested it.", "Adjusted and lubricated the mechanism; running smoothly.",
               "Reset the controller and ran a full test cycle.", "Tightened loose connections; the fault cleared.",
               "Replaced worn belts and rollers; tested under load.", "Recalibrated the sensors; readings back in range.",
               "Cleaned the contacts and retested; no fault since.", "Fitted a new control board and tested every function."])
}
