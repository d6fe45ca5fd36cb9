import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A lesson's title fits whatever course it belongs to: a heading, never another course's subject
/// ("Spanish for Beginners" in a statistics course). Drawn prompts and seeds.
@Suite struct LessonTitleTests {
    @Test(arguments: [UInt64(2001), 2002, 2003])
    func aLessonsTitleNamesNoOtherSubject(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let lessons = rng.pick(["lessons", "modules", "lectures"])
        let prompt = rng.pick(["Online course platform with instructors, courses, \(lessons) and students", "An LMS with courses and \(lessons)",
                               "E-learning site: courses, \(lessons), students and enrollments"])
        var schema = Planner().plan(prompt).schema
        schema.seed = seed
        let plan = try schema.resolve(ResolveOptions()).get()
        let subjects = ["Spanish", "Statistics", "Economics", "Music", "Biology", "Chemistry", "Physics", "History", "Accounting", "Photography"]
        let titles = TestSupport.column(plan, lessons, "title").compactMap { $0 }
        #expect(!titles.isEmpty, "\(prompt)")
        for t in titles { #expect(!subjects.contains { t.contains($0) }, "seed \(seed): \(prompt): \(t)") }
    }
}
