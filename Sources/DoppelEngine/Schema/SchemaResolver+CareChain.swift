import DoppelText

extension SchemaResolver {
    /// Columns of why a visit was made.
    static let visitReasonColumns = ["reason", "visit_reason", "reason_for_visit", "visit_type", "appointment_type", "encounter_type",
                                     "complaint", "chief_complaint", "reason_for_appointment"]
    /// Columns of the medicine a visit gave, beside its `health.medication` kind.
    static let medicationColumns: Set<String> = ["medication", "medications", "prescription", "prescribed_medication", "drug", "medicine"]

    /// A visit agrees with itself (`CareConditions`): its diagnosis is one a visit for its reason finds (an injury
    /// is a sprain, a fracture or a cut; a check-up finds blood pressure or cholesterol), and its treatment or
    /// procedure and its medication go with the diagnosis (influenza is rest and fluids and oseltamivir, never a
    /// colonoscopy); a vet's by a vet's list. A listed treatment keeps to its own values (a diagnosis none of whose
    /// treatments it lists keeps the column's draw); reasons and diagnoses no condition knows keep theirs too.
    func applyCareChain(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let d = fields.indices.first(where: { fields[$0].kind == "health.diagnosis" && fields[$0].references == nil }) else { return }
        let conditions = isAboutAnimal(entity) ? CareConditions.vet : CareConditions.human
        // The diagnosis from the reason.
        if case let .kind(own, .random)? = sources[d], !fields[d].unique,
           let r = Self.column(named: Self.visitReasonColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" }),
           let reasons = fields[r].values?.compactMap(\.stringValue), !Self.reaches(d, r, in: sources) {
            var choices: [String: [String]] = [:]
            for reason in reasons {
                guard let visit = CareConditions.visit(ofReason: reason) else { continue }
                let found = conditions.filter { $0.visits.contains(visit) }.map(\.diagnosis)
                if !found.isEmpty { choices[reason] = found }
            }
            if !choices.isEmpty {
                sources[d] = .siblingFact(SiblingFactPlan(column: r, values: [:], fallback: own, choices: choices))
                // The diagnosis's code follows it (it no longer shares the code's draw).
                for (c, f) in fields.enumerated() where f.kind == "health.icd10_code" && f.references == nil {
                    guard case let .kind(code, .random)? = sources[c] else { continue }
                    sources[c] = .siblingFact(SiblingFactPlan(column: d, values: CareConditions.codes, fallback: code))
                }
            }
        }
        // Treatment and medication from the diagnosis.
        for (c, f) in fields.enumerated() where c != d && f.references == nil && !f.unique && !f.primaryKey && (f.type == .string || f.type == .text) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(c, d, in: sources) else { continue }
            let medication = f.kind == "health.medication" || Self.medicationColumns.contains(f.name.lowercased()) && Self.unknownKinds.contains(f.kind ?? "")
            let care = VeterinaryCare.namesCare(f.name) && (f.kind == "enum" || Self.unknownKinds.contains(f.kind ?? ""))
            guard medication || care else { continue }
            // A listed column's own values, as spelled there, that the condition has.
            let listed = f.kind == "enum" ? f.values?.compactMap(\.stringValue) : nil
            var choices: [String: [String]] = [:]
            for condition in conditions {
                var options = medication ? condition.medications : condition.treatments
                if let listed {
                    let known = Set(options.map { $0.lowercased() })
                    options = listed.filter { known.contains($0.lowercased()) }
                }
                if !options.isEmpty { choices[condition.diagnosis] = options }
            }
            if !choices.isEmpty { sources[c] = .siblingFact(SiblingFactPlan(column: d, values: [:], fallback: own, choices: choices)) }
        }
    }
}
