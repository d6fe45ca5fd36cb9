/// Where a record's description finds its facts (`RecordDescriptionWriter`): short
/// sibling columns (type, severity, status, ward) and the moment it was logged.
struct RecordTextPlan: Sendable {
    /// What one row is, singular (`incident report`).
    let noun: String
    /// Short fact columns, with their names as words (`severity`, `ward`).
    let facts: [(label: String, column: Int)]
    /// The date or time the record was logged, and the verb for it (`reported`).
    let when: (verb: String, column: Int)?

    var dependencies: [Int] { facts.map(\.column) + (when.map { [$0.column] } ?? []) }
}

extension RowContext {
    func writeRecordText(_ plan: RecordTextPlan, _ r: inout CellRandom, into out: inout [UInt8]) -> KindValue {
        let facts = plan.facts.compactMap { f in siblingText(f.column).map { RecordDescriptionWriter.Fact(label: f.label, value: $0) } }
        let when = plan.when.flatMap { w in siblingText(w.column).map { (verb: w.verb, date: String($0.prefix(10))) } }
        out.append(contentsOf: RecordDescriptionWriter.write(noun: plan.noun, facts: facts, when: when, &r).utf8)
        return .text
    }
}
