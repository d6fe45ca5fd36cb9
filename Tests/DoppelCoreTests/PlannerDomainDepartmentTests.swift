import Testing
import DoppelTestSupport
@testable import DoppelCore

/// A department's name follows the field its organisation works in: a
/// hospital's departments are clinical, a school's are subjects. Prompts drawn
/// from a seeded generator; a failure prints its seed.
@Suite struct PlannerDomainDepartmentTests {
    static let settings: [(String, Set<String>)] = [
        ("Hospital", ["Emergency", "Cardiology", "Pediatrics", "Oncology", "Radiology", "Surgery", "Neurology", "Orthopedics",
                      "Intensive Care", "Maternity", "Pharmacy", "Laboratory", "Outpatient Clinic", "Psychiatry"]),
        ("University", ["Mathematics", "English", "Science", "History", "Computer Science", "Languages", "Arts",
                        "Physical Education", "Music", "Economics", "Biology", "Chemistry", "Physics"]),
    ]

    @Test func departmentNamesFollowTheDomain() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let (setting, names) = rng.pick(Self.settings)
            let people = setting == "Hospital" ? rng.pick(["nurses", "doctors", "patients"]) : rng.pick(["students", "professors", "teachers"])
            let prompt = "\(setting) \(rng.pick(["staffing", "records", "system"])): departments, \(people)"
            let schema = Planner().plan(prompt).schema
            let field = schema.entity(named: "departments")?.fields.first { $0.name == "name" }
            let values = Set(field?.values?.compactMap(\.stringValue) ?? [])
            #expect(!values.isEmpty && values.isSubset(of: names), "seed \(seed): \(prompt.debugDescription): \(field?.kind ?? "-") \(values.sorted())")
        }
    }
}
