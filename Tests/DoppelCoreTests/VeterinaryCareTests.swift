import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// An animal's care is a vet's: a visit that references a table of animals gets a vet's
/// diagnoses, treatments and drugs, never a human doctor's; people's visits keep theirs.
@Suite struct VeterinaryCareTests {
    static func strings(_ t: WordTable) -> Set<String> { Set((0..<t.count).map(t.string)) }
    /// What a condition's visit may find, do and give (`CareConditions`), a vet's or a doctor's.
    static func care(_ conditions: [CareConditions.Condition]) -> Set<String> {
        Set(conditions.flatMap { [$0.diagnosis] + $0.treatments + $0.medications })
    }

    @Test(arguments: [UInt64(31), 32, 33, 34])
    func drawnAnimalVisitsGetAVetsCare(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let vet = Self.strings(Words.vetDiagnoses).union(Self.strings(Words.vetTreatments)).union(Self.strings(Words.vetMedications))
            .union(Self.care(CareConditions.vet))
        let human = Self.strings(Words.diagnoses).union(Self.strings(Words.medications)).union(Self.care(CareConditions.human))
        for _ in 0..<4 {
            let animal = rng.chance(0.5)
            let subjects = rng.pick(animal ? ["pets", "dogs", "hamsters", "shelter_animals", "cats", "horses", "rabbits"]
                                           : ["patients", "residents", "clients"])
            let visits = rng.pick(["visits", "appointments", "checkups", "consultations", "treatments"])
            let columns = ["diagnosis", "medication", "treatment", "procedure_name"].filter { _ in rng.chance(0.7) } + ["diagnosis"]
            let unique = Array(Set(columns)).sorted()
            let fields = unique.map { #"{"name": "\#($0)"}"# }.joined(separator: ", ")
            let text = #"{"seed": \#(seed), "entities": [{"name": "\#(subjects)", "rows": 20, "fields": [{"name": "id", "primary_key": true}, {"name": "name"}]}, {"name": "\#(visits)", "rows": 200, "fields": [{"name": "id", "primary_key": true}, \#(fields), {"name": "subject_id", "references": "\#(subjects).id"}]}]}"#
            let plan = try TestSupport.plan(text)
            for c in unique {
                for v in TestSupport.column(plan, visits, c) {
                    let value = try #require(v)
                    if animal {
                        let isVet = vet.contains(value)
                        #expect(isVet, "\(subjects) \(visits).\(c) = \(value)")
                    } else if c == "diagnosis" || c == "medication" {
                        let isHuman = human.contains(value)
                        #expect(isHuman, "\(subjects) \(visits).\(c) = \(value)")
                    }
                }
            }
        }
    }

    @Test(arguments: ["pets", "dogs", "cats", "animals"])
    func aPlannedPetVisitsTreatmentIsAVets(animals: String) throws {
        let schema = Planner().plan("A vet clinic with owners, \(animals) (name, species) and visits (diagnosis, treatment, cost)").schema
        let plan = try schema.resolve().get()
        let vet = Self.strings(Words.vetDiagnoses).union(Self.strings(Words.vetTreatments)).union(Self.care(CareConditions.vet))
        for c in ["diagnosis", "treatment"] {
            let values = TestSupport.column(plan, "visits", c)
            #expect(!values.isEmpty, "\(c)")
            for v in values { let isVet = vet.contains(v ?? ""); #expect(isVet, "\(animals): visits.\(c) = \(v ?? "nil")") }
        }
    }
}
