import DoppelText

/// What makes a record an animal's care: a table named for animals, and a column for what a
/// vet did. The resolver draws a vet's lists for such records (`applyVeterinaryCare`); the
/// planner asks here so it leaves an animal's treatment to that rule.
package enum VeterinaryCare {
    /// Heads of table names whose rows are animals, beside the species `AnimalProfile` knows.
    static let animalNouns: Set<String> = ["pet", "animal", "livestock"]
    /// Columns that say a row is an animal (a pet insurance policy's `species`).
    package static let speciesColumns = ["species", "animal_type", "pet_type", "animal", "animal_species"]

    /// A table name for animals (`pets`, `shelter_animals`, `hamsters`); the planner asks too.
    package static func namesAnimals(_ table: String) -> Bool {
        let head = Inflector.singular(KindInference.tokens(table).last ?? "")
        return animalNouns.contains(head) || AnimalProfile.of(head) != nil
    }

    /// A column for what was done in a visit (`treatment`, `procedure_name`): in a record about an
    /// animal, a vet's treatments; the planner leaves it to this rule rather than a doctor's procedures.
    package static func namesCare(_ column: String) -> Bool {
        !Set(KindInference.tokens(column)).isDisjoint(with: ["treatment", "procedure"])
    }
}
