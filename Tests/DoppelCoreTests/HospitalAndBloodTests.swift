import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A blood bank's transfusions named hospitals "Gardner & Hart" and came before the blood was donated; a hospital
/// named after one city stood in another and had two beds, as a home's bedrooms. Drawn wordings and seeds.
@Suite struct HospitalAndBloodTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func hospitalsAreNamedAndBeddedAsHospitals(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let beds = rng.pick(["beds", "bed_count", "number_of_beds"])
        let prompt = "\(rng.pick(["A hospital network", "A health system", "A regional healthcare group"])) with hospitals (name, city, \(beds)), "
            + "clinics (name, city) and doctors (hospital_id, name, specialty)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let l = LocaleData.enUS
        let cities = Set((0..<l.cities.count).map { l.cities.string($0, LocaleData.CityColumn.name) })
        for (table, words) in [("hospitals", ["Hospital", "Medical Center"]), ("clinics", ["Clinic", "Care", "Group", "Practice", "Health", "Pediatrics"])] {
            for name in TestSupport.column(plan, table, "name").compactMap({ $0 }) {
                #expect(words.contains { name.contains($0) }, "\(prompt): \(table) named \(name)")
                #expect(!cities.contains { name.contains($0) }, "\(prompt): \(name) names a city")
            }
        }
        let counts = TestSupport.column(plan, "hospitals", beds).compactMap { $0.flatMap(Int.init) }
        #expect(!counts.isEmpty && counts.allSatisfy { (25...1200).contains($0) }, "\(prompt): \(counts.prefix(5))")
    }

    @Test func bloodIsTransfusedWithinItsShelfLife() throws {
        for seed in UInt64(1)...10 {
            var rng = FuzzRandom(seed: seed)
            let child = rng.pick(["transfusions", "blood_transfusions", "allocations"])
            let parent = rng.pick(["donations", "blood_units"])
            let json = """
            {"name": "blood_bank", "seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": \(rng.int(5...80)), "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "donated_at", "type": "datetime", "kind": "datetime.past"}]},
              {"name": "\(child)", "rows": \(rng.int(10...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "unit_id", "references": "\(parent).id"},
                {"name": "transfused_on", "type": "date", "kind": "date.past"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let donated = Dictionary(TestSupport.table(plan, plan.entities[0].name).map { ($0[0] ?? "", $0[1].flatMap(CivilTime.parse) ?? 0) },
                                     uniquingKeysWith: { a, _ in a })
            for row in TestSupport.table(plan, child) {
                guard let given = row[2].flatMap(CivilTime.parse), let from = donated[row[1] ?? ""] else { continue }
                let days = (given - from) / 86_400
                #expect(days >= 0 && days <= 43, "seed \(seed): transfused \(days) days after donation")
            }
        }
    }
}
