extension SchemaResolver {
    /// A row that references a table naming a lab analyte (`health.lab_analyte`: a lab test's `test_name`) takes its
    /// own lab columns from that analyte: a result of a Glucose test is in mg/dL against 70-99, its value and flag
    /// drawn for Glucose, not for an analyte drawn apart. Rows whose parent is NULL keep their own draw.
    func applyParentAnalyte(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let labColumns = fields.indices.filter { c in
            guard case let .kind(g, .random)? = sources[c], g is LabKind else { return false }
            return fields[c].references == nil && !fields[c].unique && !fields[c].primaryKey
        }
        guard !labColumns.isEmpty else { return }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { $0.kind == "health.lab_analyte" && $0.references == nil }) else { continue }
            let text = ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: Self.noun(parent.name))
            for c in labColumns {
                guard case let .kind(g, _)? = sources[c], let lab = g as? LabKind else { continue }
                sources[c] = .parentAnalyte(ParentAnalytePlan(parent: text, part: lab.part, valueKey: lab.key, fallback: lab))
            }
            return
        }
    }
}
