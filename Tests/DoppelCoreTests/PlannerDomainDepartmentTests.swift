import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

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
    static let gym: Set<String> = ["Group Fitness", "Personal Training", "Strength and Conditioning", "Mind and Body", "Aquatics",
                                   "Cycling", "Youth Programs"]

    /// A person's own `department` column (listed, or from the table's usual columns) holds a department
    /// of an organisation in the prompt's field: a nurse's is clinical, a gym instructor's a fitness
    /// programme, never Facilities or Product.
    @Test func aPersonsDepartmentFollowsTheDomain() throws {
        let settings = Self.settings + [("Gym", Self.gym)]
        var failures: [String] = []
        for seed in UInt64(1)...60 {
            var rng = FuzzRandom(seed: seed)
            let (setting, names) = rng.pick(settings)
            let people = setting == "Hospital" ? rng.pick(["nurses", "doctors"])
                : setting == "University" ? rng.pick(["professors", "teachers", "lecturers"]) : "instructors"
            let table = rng.chance(0.5) ? "\(people) (first_name, last_name, department)" : people
            // Filler words that point at no field, so the setting decides the domain.
            // (The setting is said twice: a listed `department` is also an HR word, and a tie goes to HR.)
            let place = ["Hospital": "Hospital clinic", "University": "University campus", "Gym": "Gym and fitness club"][setting] ?? setting
            let prompt = "\(place) \(rng.pick(["records", "system", "database"])) with \(table) and \(rng.pick(["notes", "announcements", "rooms"]))"
            let schema = Planner().plan(prompt).schema
            guard let field = schema.entities.lazy.compactMap({ $0.field(named: "department") }).first else { continue }
            let values = Set(field.values?.compactMap(\.stringValue) ?? [])
            if values.isEmpty || !values.isSubset(of: names) {
                failures.append("seed \(seed): \(prompt.debugDescription): \(field.kind ?? "-") \(values.sorted())")
            }
        }
        #expect(failures.count == 0, "\(failures.prefix(6).joined(separator: "\n"))")
    }
}
