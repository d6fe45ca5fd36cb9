import DoppelText

extension SchemaResolver {
    /// Nothing a row records happens before the birth it records: a daycare child is enrolled after it was
    /// born, a pet's visits come after its birth date. Each other past date or time of the row that no
    /// other rule derives is drawn at or after the row's birth date (`isBirthName`), within its own window.
    /// A death date (`isDeathName`) ends a life of 25–95 years; one that would fall after the schema's now
    /// is a life still going on: NULL where the column allows it, else a day between birth and now.
    func applyAfterBirth(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let birth = Self.birthColumn(fields) else { return }
        for (c, f) in fields.enumerated() where c != birth && (f.type == .date || f.type == .datetime) && f.references == nil {
            guard case .kind(_, .random)? = sources[c], let time = generators[c] as? any TimeRangeGenerator,
                  let k = f.kind, TimeRoles.isPastEvent(k), !Self.reaches(birth, c, in: sources) else { continue }
            if Self.isDeathName(KindInference.tokens(f.name)) {
                sources[c] = .lifeEnd(birth: birth, time: time, mayLive: (f.nullable ?? 0) > 0, anchor: anchor)
            } else {
                sources[c] = .notBefore(start: birth, time: time)
            }
        }
    }

    /// `died`, `date_of_death`, `deceased_on`: the end of the life the row's birth date starts.
    static func isDeathName(_ tokens: [String]) -> Bool {
        tokens.contains("death") || tokens.contains("died") || tokens.contains("deceased") || tokens == ["dod"]
    }

    /// A life's length in days, drawn for a death date: 25 to 95 years.
    static let lifeDays: ClosedRange<Int64> = (25 * 365)...(95 * 365)
}
