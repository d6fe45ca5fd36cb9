extension SchemaResolver {
    /// Who acted on a record exists once the record's status says they did (`StatusHeldPlan`): a pending
    /// or rejected leave request has no `approved_by`, an open ticket no `resolved_by`. Applies to a column
    /// named for the act (`approved_by`, `reviewed_by_id`, `approver_id`, `resolver_id`), a reference or a
    /// name, when the status is drawn from a list (not corrected by a period) and some of its values, not
    /// all, say the act happened. The resolved schema records the NULL rate the statuses' weights give.
    mutating func applyActorGates(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.statusColumns.lazy.compactMap({ n in fields.firstIndex { $0.name.lowercased() == n } }).first,
              fields[sc].references == nil, case .kind(_, .random)? = sources[sc],
              let (texts, given) = Self.statusValues(fields[sc], generators[sc]) else { return }
        let weights = (given ?? Array(repeating: 1, count: texts.count)).map { max($0, 0) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return }
        for c in fields.indices where c != sc && !fields[c].primaryKey && !fields[c].unique {
            guard let act = Self.act(ofActorColumn: fields[c].name), let implied = Self.actStatuses[act] else { continue }
            let allowed = texts.filter { t in
                !Set(t.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).isDisjoint(with: implied)
            }
            guard !allowed.isEmpty, allowed.count < texts.count else { continue }
            let plan = StatusHeldPlan(statusColumn: sc, allowed: Set(allowed.map { $0.lowercased() }))
            switch sources[c] {
            case let .reference(ref)?: sources[c] = .statusHeldReference(plan, ref)
            case let .kind(own, .random)?: sources[c] = .statusHeld(plan, own: own)
            default: continue
            }
            let share = zip(texts, weights).filter { allowed.contains($0.0) }.reduce(0) { $0 + $1.1 } / total
            declareNulls(entity, c, present: share * (1 - (fields[sc].nullable ?? 0)) * (1 - (fields[c].nullable ?? 0)))
        }
    }

    /// The act a column names its actor by: `approved_by`, `approved_by_id`, `approver_id`, `approver` → approved.
    static func act(ofActorColumn name: String) -> String? {
        let t = KindInference.tokens(name)
        if t.count >= 2, t[1] == "by", t.count == 2 || t.count == 3 && t[2] == "id" { return t[0] }
        if t.count <= 2, t.count == 1 || t[1] == "id", let act = actors[t[0]] { return act }
        return nil
    }

    /// Nouns for who performs an act.
    static let actors: [String: String] = ["approver": "approved", "reviewer": "reviewed", "resolver": "resolved",
                                           "verifier": "verified", "signatory": "signed", "signer": "signed"]

    /// Status words that say an act has happened (an approved request may since have been paid).
    static let actStatuses: [String: Set<String>] = [
        "approved": ["approved", "paid", "reimbursed", "completed", "processed", "taken", "fulfilled"],
        "reviewed": ["reviewed", "approved", "rejected", "denied", "declined", "accepted", "completed", "closed", "resolved"],
        "resolved": ["resolved", "closed", "solved", "fixed", "done", "completed"],
        "closed": ["closed", "resolved", "solved", "done", "completed"],
        "verified": ["verified", "approved", "completed"],
        "rejected": ["rejected", "declined", "denied"],
        "declined": ["rejected", "declined", "denied"],
        "denied": ["rejected", "declined", "denied"],
        "cancelled": ["cancelled", "canceled"],
        "signed": ["signed", "executed", "active", "completed"],
    ]
}
