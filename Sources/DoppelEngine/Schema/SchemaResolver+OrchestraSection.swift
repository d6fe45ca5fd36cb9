extension SchemaResolver {
    /// A musician's `section` (`orchestra_section`, `instrument_section`) is the section of the instrument the row
    /// names (`instrument`, `primary_instrument`): a violinist sits in the Strings, a trumpeter in the Brass; an
    /// instrument the vocabulary lacks keeps the column's own draw (`Instruments`).
    func applyOrchestraSection(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func isText(_ f: Field) -> Bool { (f.type == .string || f.type == .text) && f.references == nil }
        guard let instrument = fields.firstIndex(where: { isText($0) && KindInference.tokens($0.name).contains("instrument") }) else { return }
        for (c, f) in fields.enumerated() where isText(f) && !f.unique && ["section", "orchestra_section", "instrument_section"].contains(f.name.lowercased()) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(instrument, c, in: sources) else { continue }
            sources[c] = .siblingFact(SiblingFactPlan(column: instrument, values: [:], fallback: own,
                                                      valueOf: { Instruments.sections[$0.lowercased()] }))
        }
    }
}
