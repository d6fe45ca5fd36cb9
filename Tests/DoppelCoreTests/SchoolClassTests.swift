import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A school with teachers is a school's, not a university's: its classes are subjects taught in a period, each in its
/// teacher's subject; a table the prompt lists that is also a word about data (`distributions`) stays a table; a gym's
/// trainers hold fitness certifications.
@Suite struct SchoolClassTests {
    static let settings = ["School", "High school", "Middle school", "Public school", "Charter school"]
    static let classWords = ["classes", "courses", "sections"]

    @Test(arguments: 0..<15) func aClassIsOfItsTeachersSubject(seed: Int) throws {
        let setting = Self.settings[seed % Self.settings.count], classes = Self.classWords[(seed / 5) % 3]
        let prompt = seed % 2 == 0 ? "\(setting) with teachers, \(classes), students and grades" : "\(setting) with students, teachers and \(classes)"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: UInt64(seed), rows: 80)).get()
        let t = try #require(plan.entity(named: "teachers"), "\(prompt): \(schema.entities.map(\.name))")
        let c = try #require(plan.entity(named: classes), "\(prompt): \(schema.entities.map(\.name))")
        let subjectColumn = try #require(t.column(named: "subject"))
        let subjects = TestSupport.table(plan, "teachers").map { $0[subjectColumn] }
        let nameColumn = try #require(c.column(named: "name")), teacherColumn = try #require(c.column(named: "teacher_id"), "\(prompt)")
        for row in TestSupport.table(plan, classes) {
            let teacherRow = try #require(Int(row[teacherColumn] ?? ""))
            let subject = try #require(subjects[teacherRow - 1]), name = try #require(row[nameColumn])
            let allowed = try #require(SchoolCourses.classes(ofSubject: subject), "\(prompt): \(subject)")
            #expect(allowed.contains(name), "\(prompt): a \(subject) teacher's \(name)")
        }
    }

    @Test func aListedDistributionsTableStaysATable() {
        for prompt in ["Food bank with donors, donations, recipients and distributions", "Charity with households and distributions"] {
            let schema = Planner().plan(prompt).schema
            #expect(schema.entities.contains { $0.name == "distributions" }, "\(prompt): \(schema.entities.map(\.name))")
        }
    }

    @Test func aGymsTrainersHoldFitnessCertifications() throws {
        let (e, rows) = try TestSupport.planned("Gym with members, trainers, classes and class bookings", "trainers", seed: 5, rows: 200)
        let certs = Set(try TestSupport.cells(e, rows, "certification"))
        #expect(!certs.isEmpty && certs.isSubset(of: ["NASM", "ACE", "ACSM", "NSCA", "ISSA"]), "\(certs)")
    }
}
