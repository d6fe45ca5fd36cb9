import DoppelText

/// A dose agrees with the medication named in its row (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let doseColumns: Set<String> = ["dosage", "dose", "strength", "dosage_amount", "dose_amount"]

    /// A free text `dosage`/`dose`/`strength` column beside a `health.medication` column states the
    /// strength the medication's name carries, so the two never disagree.
    func applyDoseRule(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let medication = fields.indices.first(where: { c in
                  fields[c].kind == "health.medication" && fields[c].references == nil
              }) else { return }
        for (c, f) in fields.enumerated() where Self.doseColumns.contains(f.name.lowercased()) {
            guard f.type == .string || f.type == .text, !f.unique, !f.primaryKey, f.references == nil,
                  case .kind(_, .random)? = sources[c] else { continue }
            sources[c] = .rowText(RowTextPlan(form: .dose, noun: Self.noun(entity.name), nameColumn: medication,
                                              categoryColumn: nil, makerColumn: nil, ratingColumn: nil,
                                              ratingScale: 5, subject: nil, parentCategory: nil))
        }
    }
}
