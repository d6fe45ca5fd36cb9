import DoppelText

extension SchemaResolver {
    /// A table of animals: named for pets, animals or a known species (`dogs`, `hamsters`), or
    /// with a species column.
    func isAnimals(_ entity: Entity) -> Bool {
        VeterinaryCare.namesAnimals(entity.name) || entity.fields.contains { Self.speciesColumns.contains($0.name.lowercased()) }
    }

    /// Care of an animal is a vet's: in a record about an animal (a visit or treatment that
    /// references a table of animals, directly or through one other record such as a pet's insurance
    /// policy, or a table of animals itself), a diagnosis, a medication
    /// and a treatment or procedure come from a vet's lists instead of a human doctor's, so a
    /// hamster is never treated for type 2 diabetes. Columns with values of their own keep them.
    func applyVeterinaryCare(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard isAboutAnimal(entity) else { return }
        for (c, f) in fields.enumerated() where f.references == nil && !f.unique && !f.primaryKey && f.values == nil {
            guard case .kind(_, .random)? = sources[c], f.type == .string || f.type == .text else { continue }
            let table: WordTable
            if f.kind == "health.diagnosis" {
                table = Words.vetDiagnoses
            } else if f.kind == "health.vaccine" {
                table = Words.vetVaccines
            } else if f.kind == "health.medication" {
                table = Words.vetMedications
            } else if VeterinaryCare.namesCare(f.name), Self.unknownKinds.contains(f.kind ?? "") {
                table = Words.vetTreatments
            } else {
                continue
            }
            sources[c] = .kind(WordKind(table), .random)
        }
    }

    /// A record about an animal: a table of animals, or one that references one, directly or through one
    /// other record (a pet insurance claim's policy covers the pet).
    func isAboutAnimal(_ entity: Entity) -> Bool {
        func reachesAnimals(_ e: Entity, depth: Int) -> Bool {
            e.fields.contains { f in
                guard let ref = f.references, ref.entity != e.name, let parent = schema.entity(named: ref.entity) else { return false }
                return isAnimals(parent) || depth > 0 && reachesAnimals(parent, depth: depth - 1)
            }
        }
        return isAnimals(entity) || reachesAnimals(entity, depth: 1)
    }

    /// What a care column's kind falls back to when its name says nothing more (`treatment` is a word,
    /// `procedure_name` a person's name): these a vet's treatment replaces.
    static let unknownKinds: Set<String> = ["", "text.word", "text.label", "text.sentence", "person.full_name"]
}
