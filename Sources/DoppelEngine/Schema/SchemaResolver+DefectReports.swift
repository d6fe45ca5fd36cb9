extension SchemaResolver {
    /// A defect's free text (`description`, `notes`, `details`, `finding`) says what was found, by the row's defect
    /// type, and what was done, by its severity (`DefectReports`).
    func applyDefectReports(_ entity: Entity, _ sources: inout [FieldSource?]) {
        guard DefectReports.nouns.contains(Self.noun(entity.name).replacingOccurrences(of: " ", with: "_")) else { return }
        let fields = entity.fields
        func text(_ c: Int) -> Bool { fields[c].type == .string || fields[c].type == .text }
        let type = fields.indices.first { c in
            text(c) && fields[c].references == nil && ["defect_type", "type", "category", "defect_category", "issue_type", "kind"].contains(fields[c].name.lowercased())
        }
        let severity = fields.indices.first { c in
            text(c) && fields[c].references == nil && ["severity", "severity_level", "grade", "criticality", "priority"].contains(fields[c].name.lowercased())
        }
        for (c, f) in fields.enumerated() where text(c) && c != type && c != severity {
            guard ["description", "notes", "details", "finding", "findings", "comment", "comments", "summary", "remarks"].contains(f.name.lowercased()),
                  !f.unique, !f.primaryKey, f.references == nil, case .kind(_, .random)? = sources[c] else { continue }
            var plan = RowTextPlan(form: .defectReport, noun: Self.noun(entity.name), categoryColumn: type)
            plan.gradeColumn = severity
            sources[c] = .rowText(plan)
        }
    }
}
