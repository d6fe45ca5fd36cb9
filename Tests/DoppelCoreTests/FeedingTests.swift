import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A zoo fed its flamingos hay and its chimpanzees 9 kg of raw meat at 03:46: a feeding gives what the animal's
/// species eats, 1–3 % of its weight, in the working day. Drawn species, column names, row counts.
@Suite struct FeedingTests {
    static let species = ["Lion", "Giraffe", "Zebra", "African Elephant", "Chimpanzee", "Penguin", "Flamingo", "Meerkat", "Sea Lion",
                          "Red Panda", "Komodo Dragon"]
    static let foods = ["Hay", "Fresh Fish", "Raw Meat", "Fruit Mix", "Leafy Greens", "Pellets", "Insects", "Seeds"]

    @Test func anAnimalIsFedWhatItsSpeciesEats() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let food = rng.pick(["food", "food_type", "diet"]), ration = rng.pick(["quantity_kg", "amount_kg"])
            let quoted = { (l: [String]) in l.map { "\"\($0)\"" }.joined(separator: ", ") }
            let json = """
            {"name": "zoo", "seed": \(seed), "entities": [
              {"name": "animals", "rows": \(rng.int(3...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "species", "type": "string", "kind": "enum", "values": [\(quoted(Self.species))]},
                {"name": "weight_kg", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 5000, "precision": 2}]},
              {"name": "\(rng.pick(["feedings", "feeding_logs"]))", "rows": \(rng.int(20...300)), "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "animal_id", "references": "animals.id"}, {"name": "fed_at", "type": "datetime", "kind": "datetime.past"},
                {"name": "\(food)", "type": "string", "kind": "enum", "values": [\(quoted(Self.foods))]},
                {"name": "\(ration)", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 100, "precision": 2}]}]}
            """
            let plan = try TestSupport.plan(json)
            var animals: [String: (species: String, kg: Double)] = [:]
            for row in TestSupport.table(plan, "animals") { animals[row[0] ?? ""] = (row[1] ?? "", Double(row[2] ?? "") ?? 0) }
            for row in TestSupport.table(plan, plan.entities[1].name) {
                guard let a = animals[row[1] ?? ""], let given = row[3], let kg = row[4].flatMap(Double.init) else { continue }
                let diet = try #require(AnimalProfile.diet(of: a.species), "\(a.species)")
                #expect(diet.contains(given), "seed \(seed): a \(a.species) fed \(given)")
                #expect(kg >= a.kg * 0.01 - 0.006 && kg <= a.kg * 0.03 + 0.006, "seed \(seed): a \(a.kg) kg \(a.species) fed \(kg) kg")
                let hour = Int((row[2] ?? "").dropFirst(11).prefix(2)) ?? -1
                #expect((6...18).contains(hour), "seed \(seed): fed at \(row[2] ?? "")")
            }
        }
    }
}
