import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A dental lab's cases had patient initials 277, "premium" restorations in denim, practices called "Ward, Morris and
/// Evans", and shipped before they were received, due four years on. Drawn wordings.
@Suite struct DentalLabTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aLabsCasesAreRestorationsDueAfterTheyArrive(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A dental lab", "A dental laboratory", "A crown and bridge lab"])) with dentists (name, practice_name, city), "
            + "cases (dentist_id, patient_initials, \(rng.pick(["restoration_type", "restoration", "prosthesis_type"])), material, received_on, "
            + "due_on, shipped_on)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        for name in TestSupport.column(plan, "dentists", "practice_name").compactMap({ $0 }) {
            #expect(!name.contains(",") && !name.contains("&") && !name.hasSuffix("Inc.") && !name.hasSuffix("LLC"), "\(prompt): \(name)")
        }
        let cases = TestSupport.table(plan, "cases")
        for row in cases {
            let initials = row[2] ?? ""
            #expect(initials.count == 4 && initials.filter { $0 == "." }.count == 2, "\(prompt): initials \(initials)")
            #expect(DentalCare.restorations.contains(row[3] ?? ""), "\(prompt): \(row[3] ?? "")")
            #expect(DentalCare.materials.contains(row[4] ?? ""), "\(prompt): \(row[4] ?? "")")
            guard let received = row[5].flatMap(CivilTime.parse) else { continue }
            if let due = row[6].flatMap(CivilTime.parse) { #expect(due > received, "\(prompt): due \(row[6] ?? "") before received \(row[5] ?? "")") }
            if let shipped = row[7].flatMap(CivilTime.parse) { #expect(shipped >= received, "\(prompt): shipped \(row[7] ?? "") before received") }
        }
    }
}
