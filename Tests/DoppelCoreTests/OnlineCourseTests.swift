import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// An online course platform's courses are skills taught by video at a price and a length (not "Principles of Nursing"
/// for three credits), its students learners with no major or GPA; a university's keep theirs.
@Suite struct OnlineCourseTests {
    static let prompts = ["Online course platform with instructors, courses, lessons, students and enrollments",
                          "E-learning site with courses, learners and enrollments", "Udemy-like marketplace with instructors, courses and students",
                          "MOOC platform with courses, lessons and learners"]

    @Test(arguments: 0..<4) func anOnlinePlatformsCoursesAreSkills(seed: Int) throws {
        let prompt = Self.prompts[seed]
        let schema = Planner().plan(prompt).schema
        let courses = try #require(schema.entities.first { $0.name == "courses" }, "\(prompt): \(schema.entities.map(\.name))")
        let names = Set(courses.fields.map(\.name))
        #expect(names.isSuperset(of: ["title", "price", "duration_hours"]) && !names.contains("credits") && !names.contains("course_code"), "\(prompt): \(names)")
        for t in ["students", "learners"] {
            if let e = schema.entities.first(where: { $0.name == t }) {
                #expect(!e.fields.contains { ["gpa", "major"].contains($0.name) }, "\(prompt): \(e.fields.map(\.name))")
            }
        }
    }

    @Test func aUniversitysCoursesKeepCredits() throws {
        let schema = Planner().plan("University with professors, courses, students and enrollments").schema
        let courses = try #require(schema.entities.first { $0.name == "courses" })
        #expect(courses.fields.contains { $0.name == "credits" }, "\(courses.fields.map(\.name))")
    }
}
