import DoppelText

extension SchemaResolver {
    /// Words that make a year column the year the row's thing came to be or came to its owner: a car's
    /// `model_year`, a house's `year_built`, equipment's `purchase_year`, an artwork's plain `year`.
    static let madeYearWords: Set<String> = [
        "model", "built", "build", "made", "make", "manufacture", "manufactured", "manufacturing", "production", "produced",
        "purchase", "purchased", "acquired", "acquisition", "founded", "established", "opened", "released", "release",
        "published", "publication", "created", "creation", "installed", "installation", "construction", "constructed", "bought",
    ]

    /// Nothing happens to a thing before it exists: each past date of a row with the year its thing was made
    /// or acquired (`madeYearWords`, or a plain `year`) falls on or after January 1 of that year: an artwork
    /// is acquired after the year it was made, a tractor serviced after the year it was bought. Dates other
    /// rules derive, and birth dates, keep theirs.
    func applyAfterYearMade(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let year = fields.indices.first(where: { c in
            let tokens = KindInference.tokens(fields[c].name)
            return (fields[c].type == .integer || fields[c].kind == "vehicle.year") && fields[c].references == nil
                && (tokens == ["year"] || tokens.count == 2 && (tokens.contains("year") || tokens.contains("yr"))
                    && tokens.contains(where: Self.madeYearWords.contains))
        }) else { return }
        for (c, f) in fields.enumerated() where (f.type == .date || f.type == .datetime) && f.references == nil {
            guard case .kind(_, .random)? = sources[c], let time = generators[c] as? any TimeRangeGenerator,
                  let k = f.kind, TimeRoles.isPastEvent(k), !Self.isBirthName(KindInference.tokens(f.name)),
                  !Self.reaches(year, c, in: sources) else { continue }
            sources[c] = .notBeforeYear(year: year, time: time, lastYear: anchorYear)
        }
    }
}
