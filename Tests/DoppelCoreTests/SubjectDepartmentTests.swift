import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A teacher's department is one their subject is taught in: drawn department lists, entity names and seeds.
@Suite struct SubjectDepartmentTests {
    @Test(arguments: [UInt64(2101), 2102, 2103, 2104])
    func aDepartmentTeachesItsSubject(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let departments = rng.pick([
            ["Mathematics", "English", "Science", "History", "Computer Science", "Languages", "Arts", "Music", "Economics", "Biology", "Chemistry", "Physics"],
            ["Science", "Humanities", "Mathematics", "Business", "Arts", "Social Sciences", "Health Sciences", "Computing", "English"],
        ])
        let entity = rng.pick(["instructors", "teachers", "professors", "courses"])
        let schema = """
        {"name": "school", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(1...2000)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "department", "type": "string", "kind": "enum", "values": [\(departments.map { "\"\($0)\"" }.joined(separator: ", "))]},
          {"name": "subject", "type": "string", "kind": "education.subject"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        for row in TestSupport.table(plan, entity) {
            let department = try #require(row[1]), subject = try #require(row[2])
            guard let candidates = SchemaResolver.subjectDepartments[subject], let first = candidates.first(where: departments.contains) else { continue }
            #expect(department == first, "seed \(seed): \(subject) in \(department)")
        }
    }

    /// A specialist's department is their specialty when the department list names it.
    @Test(arguments: [UInt64(2111), 2112, 2113])
    func aSpecialistWorksInTheirSpecialty(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let specialties = ["Orthodontics", "Endodontics", "Periodontics", "Prosthodontics", "Pediatric Dentistry"]
        let departments = specialties.filter { _ in rng.chance(0.7) } + ["General Dentistry", "Front Desk"]
        let schema = """
        {"name": "clinic", "seed": \(seed), "entities": [{"name": "\(rng.pick(["dentists", "doctors", "staff"]))", "rows": \(rng.int(1...1500)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(rng.pick(["specialty", "speciality", "specialization"]))", "type": "string", "kind": "enum", "values": [\(specialties.map { "\"\($0)\"" }.joined(separator: ", "))]},
          {"name": "department", "type": "string", "kind": "enum", "values": [\(departments.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(schema)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let specialty = try #require(row[1]), department = try #require(row[2])
            if departments.contains(specialty) { #expect(department == specialty, "seed \(seed): \(specialty) in \(department)") }
        }
    }
}
