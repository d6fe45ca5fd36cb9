extension SchemaResolver {
    /// Words of a column naming who signs off on a person's request: their manager.
    static let approverWords: Set<String> = ["approver", "approved", "manager", "supervisor", "reviewer", "reviewed", "signed", "authorizer",
                                             "authorized", "authorised"]
    /// Self-references of people that name their manager.
    static let managerColumns = ["manager_id", "supervisor_id", "reports_to", "reports_to_id", "line_manager_id", "boss_id", "manager"]

    /// A person's request (time off, an expense, a timesheet) is approved by their manager: when a row references a
    /// person (`employee_id`) and, in another column to the same table, who approves it (`approver_id`, `approved_by`,
    /// `reviewer_id`, `manager_id`), and that person's table has a manager column referencing itself (`manager_id`,
    /// `supervisor_id`, `reports_to`), the approver is the person's manager (`ThroughParentPlan`). Someone with no
    /// manager (the top of the chart) has their request approved by another person, drawn as before (never themself).
    func applyManagerApproves(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (ac, af) in fields.enumerated() {
            guard let people = af.references, people.entity != entity.name, !af.unique, !af.primaryKey,
                  !KindInference.tokens(af.name).filter(Self.approverWords.contains).isEmpty,
                  case let .reference(own)? = sources[ac], case .random = own.mode,
                  let p = planIndex[people.entity], let table = schema.entity(named: people.entity),
                  let mc = Self.column(named: Self.managerColumns, in: table.fields, where: { $0.references?.entity == table.name }),
                  let pc = fields.indices.first(where: { c in
                      c != ac && fields[c].references == people
                          && KindInference.tokens(fields[c].name).filter(Self.approverWords.contains).isEmpty
                  }) else { continue }
            // (whoever approves the top's request is someone else)
            var other = own
            other.distinctFrom = pc
            sources[ac] = .throughParent(ThroughParentPlan(referenceColumn: pc, parentEntity: p, parentColumn: mc, fallback: other))
        }
    }
}
