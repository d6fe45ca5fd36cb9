extension SchemaResolver {
    /// A drug's class is the class of the row's medication: Amoxicillin is an antibiotic, never a statin.
    /// Beside a `health.medication` column, a `drug_class` (`therapeutic_class`, `class`) takes it when its own
    /// list has it.
    func applyDrugClass(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let drug = fields.firstIndex(where: { $0.kind == "health.medication" && $0.references == nil }),
              let c = fields.firstIndex(where: { ["drug_class", "therapeutic_class", "class", "medication_class"].contains($0.name.lowercased()) && $0.references == nil }),
              case let .kind(own, .random)? = sources[c], let (values, _) = Self.statusValues(fields[c], generators[c]) else { return }
        let names = (0..<Words.medications.count).map { Words.medications.string($0) }
        let lower = Dictionary(values.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var facts: [String: String] = [:]
        for (name, cls) in zip(names, Words.medicationClasses) { if let v = lower[cls.lowercased()] { facts[name] = v } }
        guard !facts.isEmpty else { return }
        sources[c] = .siblingFact(SiblingFactPlan(column: drug, values: facts, fallback: own))
    }
}
