import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// An animal weighs what its breed weighs, and a vet's table gives a vet's vaccines: drawn species
/// lists, units and row counts; a failure prints its seed.
@Suite struct BreedWeightTests {
    @Test func weightFollowsTheBreed() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let species = rng.pick([["Dog", "Cat"], ["Dog", "Cat", "Rabbit", "Hamster"], ["Bird", "Reptile", "Horse"], ["dog"]])
            let (weightName, perKilogram) = rng.pick([("weight_kg", 1.0), ("weight_lb", 2.20462), ("weight", 1.0)])
            let values = species.map { "\"\($0)\"" }.joined(separator: ", ")
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "pets", "rows": \(rng.int(20...600)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(weightName)", "type": "decimal", "precision": 4},
              {"name": "species", "type": "string", "kind": "enum", "values": [\(values)]},
              {"name": "breed", "type": "string"}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            for row in TestSupport.table(plan, "pets") {
                guard let w = row[1].flatMap(Double.init), let breed = row[3], let profile = AnimalProfile.of(row[2] ?? "") else { continue }
                let range = profile.breedKilograms[breed] ?? profile.kilograms
                let kg = w / perKilogram
                if !(range.lowerBound * 0.99 - 0.0001...range.upperBound * 1.01 + 0.0001).contains(kg) { wrong.append("\(breed) \(kg) kg") }
                #expect(profile.breeds.contains(breed))
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.count) weights outside their breed's, first \(wrong.prefix(3))\n\(json)")
        }
    }

    @Test func aPetsVaccineIsAVetsVaccine() throws {
        let json = """
        {"name": "s", "seed": 4, "entities": [
          {"name": "pets", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "species", "type": "string", "kind": "enum", "values": ["Dog", "Cat"]}]},
          {"name": "patients", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "full_name", "type": "string"}]},
          {"name": "vaccinations", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "pet_id", "references": "pets.id"}, {"name": "vaccine", "type": "string"}]},
          {"name": "immunizations", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "patient_id", "references": "patients.id"}, {"name": "vaccine", "type": "string"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let vet = Set((0..<Words.vetVaccines.count).map { Words.vetVaccines.string($0) })
        let human = Set((0..<Words.vaccines.count).map { Words.vaccines.string($0) })
        #expect(TestSupport.column(plan, "vaccinations", "vaccine").allSatisfy { vet.contains($0 ?? "") })
        #expect(TestSupport.column(plan, "immunizations", "vaccine").allSatisfy { human.contains($0 ?? "") })
    }
}

extension BreedWeightTests {
    /// A breed's weight lies within its species': rows without a breed column keep the species' range.
    @Test func breedsWeighWithinTheirSpecies() {
        for (species, profile) in AnimalProfile.table {
            for breed in profile.breeds {
                guard let range = profile.breedKilograms[breed] else { continue }
                #expect(profile.kilograms.contains(range.lowerBound) && profile.kilograms.contains(range.upperBound),
                        "\(species) \(breed): \(range) outside \(profile.kilograms)")
            }
        }
    }
}
