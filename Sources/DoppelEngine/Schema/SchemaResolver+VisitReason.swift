import DoppelText

/// An appointment's reason is its type where both say the same thing (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let reasonColumns = ["reason", "visit_reason", "reason_for_visit", "purpose", "visit_purpose", "service"]

    /// A listed `reason` (`purpose`, `visit_reason`, …) beside a listed type (`appointment_type`, `visit_type`, any
    /// `*_type`) drawn from the same values is the type's value: a vet's vaccination appointment is for a vaccination,
    /// not for limping; a dental check-up not for a crown fitting.
    func applyVisitReason(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let rc = Self.column(named: Self.reasonColumns, in: fields, where: { $0.references == nil && !$0.unique && $0.kind == "enum" }),
              case let .kind(own, .random)? = sources[rc],
              let reasons = Self.statusValues(fields[rc], generators[rc])?.0 else { return }
        let wanted = Set(reasons.map { $0.lowercased() })
        guard let tc = fields.indices.first(where: { c in
                  c != rc && fields[c].kind == "enum" && fields[c].references == nil
                      && KindInference.tokens(fields[c].name).last == "type"
                      && Set((Self.statusValues(fields[c], generators[c])?.0 ?? []).map { $0.lowercased() }) == wanted
              }), !Self.reaches(tc, rc, in: sources) else { return }
        let same = Dictionary(reasons.map { ($0, $0) }, uniquingKeysWith: { a, _ in a })
        sources[rc] = .siblingFact(SiblingFactPlan(column: tc, values: same, fallback: own))
    }
}
