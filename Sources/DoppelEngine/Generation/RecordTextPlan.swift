import DoppelText

/// Where a record's description finds its facts (`RecordDescriptionWriter`): short
/// sibling columns (type, severity, status, ward) and the moment it was logged.
struct RecordTextPlan: Sendable {
    /// What the column is to its record.
    enum Form: Sendable {
        /// A description from the row's facts (`RecordDescriptionWriter`).
        case description
        /// A note or remark (`RecordNoteWriter.note`).
        case note
        /// A reason or purpose, by what the record is (`RecordNoteWriter.reason`).
        case reason(RecordNoteWriter.Occasion)
        /// What was done about a ticket or incident, by its status (`RecordNoteWriter.resolution`).
        case resolution
    }
    var form: Form = .description
    /// What one row is, singular (`incident report`).
    let noun: String
    /// Short fact columns, with their names as words (`severity`, `ward`).
    let facts: [(label: String, column: Int)]
    /// The date or time the record was logged, and the verb for it (`reported`).
    let when: (verb: String, column: Int)?
    /// Notes: the first name of the person the row references, the name of the thing it is
    /// about, and its status column.
    var person: ParentText? = nil
    var subject: ParentText? = nil
    var status: Int? = nil
    /// Descriptions: the row's own name or title column, which opens the description.
    var name: Int? = nil

    var dependencies: [Int] {
        facts.map(\.column) + [when?.column, person?.referenceColumn, subject?.referenceColumn, status, name].compactMap { $0 }
    }
}

extension RowContext {
    func writeRecordText(_ plan: RecordTextPlan, _ r: inout CellRandom, into out: inout [UInt8]) -> KindValue {
        let text: String
        switch plan.form {
        case .description:
            let facts = plan.facts.compactMap { f in siblingText(f.column).map { RecordDescriptionWriter.Fact(label: f.label, value: $0) } }
            let when = plan.when.flatMap { w in siblingText(w.column).map { (verb: w.verb, date: String($0.prefix(10))) } }
            text = RecordDescriptionWriter.write(noun: plan.noun, name: plan.name.flatMap(siblingText), facts: facts, when: when, &r)
        case .note: text = RecordNoteWriter.note(noteRow(plan), &r)
        case let .reason(occasion): text = RecordNoteWriter.reason(noteRow(plan), occasion: occasion, &r)
        case .resolution: text = RecordNoteWriter.resolution(noteRow(plan), &r)
        }
        out.append(contentsOf: text.utf8)
        return .text
    }

    /// What a note reads of its row: the referenced person and thing, and the status.
    private func noteRow(_ plan: RecordTextPlan) -> RecordNoteWriter.Row {
        RecordNoteWriter.Row(noun: plan.noun, person: plan.person.flatMap(parentText),
                             subject: plan.subject.flatMap(parentText), status: plan.status.flatMap(siblingText))
    }
}
