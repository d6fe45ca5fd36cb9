import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// An animal's breed, weight and birth date follow the species its row names.
/// Schemas drawn from a seeded generator (species sets, column names and
/// units, date or datetime); a failure prints its seed.
@Suite struct SpeciesTraitTests {
    @Test func breedWeightAndAgeFollowTheSpecies() throws {
        for seed in UInt64(1)...30 {
            var rng = FuzzRandom(seed: seed)
            let species = rng.pick([["Dog", "Cat"], ["Dog", "Cat", "Rabbit", "Bird", "Hamster"], ["horse", "ferret", "fish"]])
            let (weightName, perKg) = rng.pick([("weight_kg", 1.0), ("weight", 1.0), ("weight_lb", 2.20462)])
            let birthName = rng.pick(["date_of_birth", "birth_date", "dob"])
            let birthType = rng.pick(["date", "datetime"])
            let json = """
            {"name": "v", "seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "\(rng.pick(["pets", "animals", "patients"]))", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "species", "kind": "enum", "values": [\(species.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "breed", "kind": "enum", "values": ["Labrador Retriever", "Persian", "Siamese", "Beagle"]},
              {"name": "\(birthName)", "type": "\(birthType)", "kind": "person.birth_date"},
              {"name": "\(weightName)", "type": "decimal", "min": 1, "max": 60, "precision": 3}]}]}
            """
            let plan = try TestSupport.plan(json)
            let entity = try #require(plan.entities.first)
            for row in TestSupport.table(plan, entity.name) {
                let s = row[1] ?? ""
                let profile = try #require(AnimalProfile.of(s), "seed \(seed): \(s)")
                let breedOK = profile.breeds.contains(row[2] ?? "")
                let kg = (Double(row[4] ?? "") ?? -1) / perKg
                let range = profile.breedKilograms[row[2] ?? ""] ?? profile.kilograms
                let weightOK = kg >= range.lowerBound * 0.99 - 0.001 && kg <= range.upperBound * 1.01 + 0.001
                let year = Int((row[3] ?? "").prefix(4)) ?? 0
                let ageOK = year >= 2025 - profile.lifespan - 1 && year <= 2025
                #expect(breedOK && weightOK && ageOK, "seed \(seed): \(row.map { $0 ?? "NULL" })\n\(json)")
                if !(breedOK && weightOK && ageOK) { break }
            }
        }
    }
}
