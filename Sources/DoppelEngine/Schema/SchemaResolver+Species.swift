import DoppelText

extension SchemaResolver {
    static var speciesColumns: [String] { VeterinaryCare.speciesColumns }

    /// In an entity with a species column, the breed, the weight and the birth date
    /// follow the species each row names (`AnimalProfile`): a cat's breed is a cat
    /// breed, it weighs 2.5–11 kg (its breed's, with a breed column) and was born within a cat's lifespan before the
    /// time anchor, and its age (`age`, `age_years`, `age_months`) is that birth date's, or one drawn the same
    /// way. Species the profiles do not know keep the columns' own kinds.
    func applySpeciesTraits(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.speciesColumns, in: fields, where: { $0.type == .string || $0.type == .text }) else { return }
        func free(_ c: Int) -> Bool {
            guard c != sc, fields[c].references == nil, !fields[c].unique, !fields[c].primaryKey, case .kind(_, .random)? = sources[c] else { return false }
            return true
        }
        // The breed column the weight reads: a Beagle weighs what Beagles weigh.
        let breedColumn = fields.indices.first { c in
            free(c) && KindInference.tokens(fields[c].name).contains("breed") && (fields[c].type == .string || fields[c].type == .text)
        }
        // The birth column the age reads: a cat born three years ago is three.
        let birthColumn = fields.indices.first { c in
            free(c) && Self.isBirthName(KindInference.tokens(fields[c].name)) && (fields[c].type == .date || fields[c].type == .datetime)
        }
        for (c, f) in fields.enumerated() where free(c) {
            guard case let .kind(own, .random)? = sources[c] else { continue }
            let tokens = KindInference.tokens(f.name)
            let trait: SpeciesTraitPlan.Trait
            if tokens.contains("breed"), f.type == .string || f.type == .text {
                trait = .breed
            } else if tokens.contains("weight"), Self.numeric.contains(f.type) {
                let unit = tokens.last ?? "kg"
                trait = .weight(perKilogram: ["lb", "lbs", "pounds"].contains(unit) ? 2.20462 : ["g", "grams"].contains(unit) ? 1000 : 1,
                                breedColumn: breedColumn)
            } else if Self.isBirthName(tokens), f.type == .date || f.type == .datetime {
                trait = .birth(anchor: anchor, dateOnly: f.type == .date)
            } else if tokens.contains("age"), f.type == .integer, tokens.allSatisfy({ ["age", "years", "months", "in", "current"].contains($0) }) {
                trait = .age(anchor: anchor, inMonths: tokens.contains("months"), birthColumn: birthColumn)
            } else {
                continue
            }
            sources[c] = .speciesTrait(SpeciesTraitPlan(speciesColumn: sc, trait: trait, fallback: own))
        }
    }

    /// A table's own date or time of birth (`date_of_birth`, `dob`, `born_on`), if any.
    static func birthColumn(_ fields: [Field]) -> Int? {
        fields.indices.first { c in
            (fields[c].type == .date || fields[c].type == .datetime) && fields[c].references == nil && isBirthName(KindInference.tokens(fields[c].name))
        }
    }

    static func isBirthName(_ tokens: [String]) -> Bool {
        tokens.contains("birth") || tokens.contains("dob") || tokens == ["born"] || tokens == ["born", "on"]
    }
}
