import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A dental practice's specialties and procedures are a dentist's; a hospital's stay a
/// hospital's. Over drawn prompts.
@Suite struct DentalCareTests {
    @Test(arguments: [UInt64(131), 132, 133, 134])
    func aDentalPracticePlansDentalCare(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let staff = rng.pick(["dentists", "orthodontists", "dental hygienists", "dentists and hygienists"])
        let visits = rng.pick(["appointments with procedure and cost", "visits (procedure, date)", "treatments with procedure"])
        let prompt = "\(rng.pick(["A dental clinic", "A small practice", "Family dentistry"])): patients, \(staff), \(visits)"
        let schema = Planner().plan(prompt).schema
        var seen = 0
        for e in schema.entities {
            for f in e.fields where ["procedure", "specialty", "department"].contains(f.name) {
                let values = f.values?.compactMap(\.stringValue) ?? []
                #expect(!values.isEmpty && values.allSatisfy { DentalCare.procedures.contains($0) || DentalCare.specialties.contains($0) },
                        "\(prompt): \(e.name).\(f.name) \(values)")
                seen += 1
            }
        }
        #expect(seen > 0, "\(prompt): \(schema.entities.map { "\($0.name)(\($0.fields.map(\.name)))" })")
    }

    @Test func aHospitalKeepsItsOwnProcedures() {
        let schema = Planner().plan("A hospital with patients, doctors and appointments with procedure").schema
        let values = schema.entities.flatMap(\.fields).first { $0.name == "procedure" }?.values?.compactMap(\.stringValue) ?? []
        #expect(!values.isEmpty && values.allSatisfy { !DentalCare.procedures.contains($0) }, "\(values)")
    }
}
