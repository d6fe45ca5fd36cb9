import DoppelText

extension SchemaResolver {
    /// Nothing a row records happens before the birth it records: a daycare child is enrolled after it was
    /// born, a pet's visits come after its birth date. Each other past date or time of the row that no
    /// other rule derives is drawn at or after the row's birth date (`isBirthName`), within its own window.
    func applyAfterBirth(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let birth = fields.indices.first(where: { c in
            (fields[c].type == .date || fields[c].type == .datetime) && fields[c].references == nil
                && Self.isBirthName(KindInference.tokens(fields[c].name))
        }) else { return }
        for (c, f) in fields.enumerated() where c != birth && (f.type == .date || f.type == .datetime) && f.references == nil {
            guard case .kind(_, .random)? = sources[c], let time = generators[c] as? any TimeRangeGenerator,
                  let k = f.kind, TimeRoles.isPastEvent(k), !Self.reaches(birth, c, in: sources) else { continue }
            sources[c] = .notBefore(start: birth, time: time)
        }
    }
}
