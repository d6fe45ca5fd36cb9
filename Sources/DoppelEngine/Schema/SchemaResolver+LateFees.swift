import DoppelText

/// A late fee follows the dates it is about (protocol/SCHEMA.md, *Rows that agree*): a loan returned
/// before its due date owes nothing; one returned ten days late owes ten days' fines.
extension SchemaResolver {
    /// Names of a charge for lateness.
    static let lateFeeColumns: Set<String> = ["fine", "fines", "fine_amount", "late_fee", "late_fees", "late_fee_amount",
                                              "overdue_fee", "overdue_fine", "overdue_charge", "late_charge", "penalty",
                                              "penalty_amount", "late_penalty", "overdue_amount"]

    /// What a day late costs, by what was kept: a library book cents, a rented car or tool a day's hire.
    static func perDayLateFee(entity: String) -> ClosedRange<Double> {
        let words = Set(KindInference.tokens(entity).map(Inflector.singular))
        return words.isDisjoint(with: ["rental", "hire", "lease", "equipment", "vehicle", "car", "tool"]) ? 0.1...1.0 : 10...60
    }

    /// A numeric fine or late fee in a row with a due date and a return date is their difference in days
    /// times a daily rate, and 0 for a row returned on time.
    func applyLateFees(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func dated(_ c: Int) -> Bool { (fields[c].type == .date || fields[c].type == .datetime) && fields[c].references == nil }
        guard let due = fields.indices.first(where: { dated($0) && KindInference.tokens(fields[$0].name).contains("due") }),
              let back = fields.indices.first(where: { c in
                  dated(c) && !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: ["returned", "return", "checkin", "checked_in", "in"])
                      && !KindInference.tokens(fields[c].name).contains("due")
              }) else { return }
        for (c, f) in fields.enumerated() where Self.lateFeeColumns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
            sources[c] = .lateFee(LateFeePlan(dueColumn: due, returnedColumn: back, perDay: Self.perDayLateFee(entity: entity.name),
                                              fallback: own))
        }
    }
}
