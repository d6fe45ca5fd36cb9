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
        /// A lesson's or a tutoring session's notes on what it worked on (`RecordNoteWriter.lessonNote`); `type` is its topic.
        case lessonNote
        /// What an inspection found, as serious as its severity (`InspectionFindings`); `status` is that column.
        case inspectionFinding
        /// A reason or purpose, by what the record is (`RecordNoteWriter.reason`).
        case reason(RecordNoteWriter.Occasion)
        /// What was done about a ticket or incident, by its status (`RecordNoteWriter.resolution`).
        case resolution
        /// A message someone wrote, by what the record is (`MessageWriter.message`).
        case message(MessageWriter.Occasion)
        /// A photo's or post's caption (`MessageWriter.caption`).
        case caption
        /// A log line or an alert at the row's level (`SystemLineWriter`); `status` is the level column.
        case systemLine
        /// An alert a device raises about itself or the room it watches (`SystemLineWriter.deviceLine`).
        case deviceLine
        /// A recipe's method (`RecipeSteps`): `name` is its title column; `cookMinutes` and `servings` its numbers.
        case recipeSteps
        /// What happened in an incident (`IncidentAccounts`); `status` is its severity column.
        case incidentAccount(IncidentAccounts.Family)
        /// What an insurance claim is for (`ClaimAccounts`): `type` is its own type column, `parentType` its policy's.
        case claimAccount
        /// What a damage report found damaged (`DamageAccounts`): a car's dent, a home's stain, a parcel's crushed box.
        case damageAccount(DamageAccounts.Thing)
        /// A bank statement's line (`TransactionLines`): `type` is the transaction's type column, `merchant` its merchant's.
        case transactionLine
        /// A published correction of the piece the row references (`CorrectionNotes`); `subject` names that piece.
        case correction
        /// A home's description from its size, rooms, city and type (`HomeListingWriter`); `facts` carry them.
        case homeListing
        /// A home listing's title from the same facts.
        case homeListingTitle
    }
    var form: Form = .description
    /// What one row is, singular (`incident report`).
    let noun: String
    /// Short fact columns, with their names as words (`severity`, `ward`).
    let facts: [(label: String, column: Int)]
    /// The date or time the record was logged, and the verb for it (`reported`).
    let when: (verb: String, column: Int)?
    /// Notes: the first name of the person the row references, the name of the thing it is
    /// about, and its status column (a system line's level or severity).
    var person: ParentText? = nil
    var subject: ParentText? = nil
    var status: Int? = nil
    /// A device alert's type column (`alert_type`): its message says what the type names; a leave's
    /// (`leave_type`): its reason fits it.
    var type: Int? = nil
    /// A device alert with no type of its own: the type of the sensor or device it references (or its model).
    var parentType: ParentText? = nil
    /// A device alert: where the device it references is (its `location` or `room`).
    var parentPlace: ParentText? = nil
    /// Messages: the first name of whom the row is addressed to (a chat's recipient).
    var recipient: ParentText? = nil
    /// Descriptions: the row's own name or title column, which opens the description.
    var name: Int? = nil
    /// A recipe's cooking time in minutes and its servings.
    var cookMinutes: Int? = nil
    var servings: Int? = nil
    /// A transaction's merchant column.
    var merchant: Int? = nil

    var dependencies: [Int] {
        facts.map(\.column) + [when?.column, person?.referenceColumn, subject?.referenceColumn, status, type, name, recipient?.referenceColumn,
                                cookMinutes, servings, parentType?.referenceColumn, parentPlace?.referenceColumn, merchant].compactMap { $0 }
    }
}

extension RowContext {
    func writeRecordText(_ plan: RecordTextPlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        let text: String
        switch plan.form {
        case .description:
            let facts = plan.facts.compactMap { f in siblingText(f.column).map { RecordDescriptionWriter.Fact(label: f.label, value: $0) } }
            let when = plan.when.flatMap { w in siblingText(w.column).map { (verb: w.verb, date: String($0.prefix(10))) } }
            text = RecordDescriptionWriter.write(noun: plan.noun, name: plan.name.flatMap(siblingText), facts: facts, when: when, &r)
        case .note: text = RecordNoteWriter.note(noteRow(plan), &r)
        case .lessonNote: text = RecordNoteWriter.lessonNote(noteRow(plan), &r)
        case .inspectionFinding: text = InspectionFindings.write(severity: plan.status.flatMap(siblingText), &r)
        case let .reason(occasion): text = RecordNoteWriter.reason(noteRow(plan), occasion: occasion, &r)
        case .resolution: text = RecordNoteWriter.resolution(noteRow(plan), &r)
        case let .message(occasion): text = MessageWriter.message(occasion, messageRow(plan), &r)
        case .caption: text = MessageWriter.caption(messageRow(plan), &r)
        case .systemLine: text = SystemLineWriter.line(level: plan.status.flatMap(siblingText), &r)
        case .deviceLine:
            text = SystemLineWriter.deviceLine(level: plan.status.flatMap(siblingText), type: plan.type.flatMap(siblingText),
                                               device: plan.parentType.flatMap(parentText), room: plan.parentPlace.flatMap(parentText), &r)
        case let .incidentAccount(family):
            text = IncidentAccounts.write(family, severity: plan.status.flatMap(siblingText), title: plan.name.flatMap(siblingText), &r)
        case .claimAccount:
            text = ClaimAccounts.write(type: plan.type.flatMap(siblingText), policyType: plan.parentType.flatMap(parentText), &r)
        case .correction:
            text = CorrectionNotes.write(noun: plan.subject?.noun ?? "", &r)
        case let .damageAccount(thing):
            text = DamageAccounts.account(thing, &r)
        case .transactionLine:
            text = TransactionLines.line(type: plan.type.flatMap(siblingText), merchant: plan.merchant.flatMap(siblingText), &r)
        case .homeListing, .homeListingTitle:
            let facts = plan.facts.compactMap { f in siblingText(f.column).map { RecordDescriptionWriter.Fact(label: f.label, value: $0) } }
            if case .homeListing = plan.form { text = HomeListingWriter.write(facts, &r) } else { text = HomeListingWriter.title(facts, &r) }
        case .recipeSteps:
            let whole = { (c: Int?) in c.flatMap(self.siblingText).flatMap { Double($0) }.map { Int($0.rounded()) } }
            text = RecipeSteps.write(RecipeSteps.Row(title: plan.name.flatMap(siblingText), cookMinutes: whole(plan.cookMinutes),
                                                     servings: whole(plan.servings)), &r)
        }
        out.append(contentsOf: text.utf8)
        return .text
    }

    /// What a message reads of its row: its writer's and recipient's first names (a referenced
    /// person's, else the row's own name), and what it is about.
    private func messageRow(_ plan: RecordTextPlan) -> MessageWriter.Row {
        func first(_ s: String?) -> String? { s?.split(separator: " ").first.map(String.init) }
        return MessageWriter.Row(writer: first(plan.person.flatMap(parentText) ?? plan.name.flatMap(siblingText)),
                                 recipient: first(plan.recipient.flatMap(parentText)), subject: plan.subject.flatMap(parentText),
                                 occasion: plan.type.flatMap(siblingText))
    }

    /// What a note reads of its row: the referenced person and thing, and the status.
    private func noteRow(_ plan: RecordTextPlan) -> RecordNoteWriter.Row {
        RecordNoteWriter.Row(noun: plan.noun, person: plan.person.flatMap(parentText),
                             subject: plan.subject.flatMap(parentText), status: plan.status.flatMap(siblingText),
                             kind: plan.type.flatMap(siblingText))
    }
}
