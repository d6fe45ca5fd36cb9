import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A tutoring center's third grader went to "Tennessee College", a chemistry tutor's session was about "Travel" and
/// its notes said "Paperwork complete.". Drawn wordings and seeds.
@Suite struct TutoringTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func sessionsWorkOnTheirSubject(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let topic = rng.pick(["topic", "focus", "lesson_topic"])
        let prompt = "\(rng.pick(["A tutoring center", "An online tutoring service", "A learning center"])) with tutors (name, subject, hourly_rate), "
            + "students (name, grade_level, school) and sessions (tutor_id, student_id, starts_at, duration_minutes, \(topic), notes)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        var subjectOf: [String: String] = [:]
        for row in TestSupport.table(plan, "tutors") { subjectOf[row[0] ?? ""] = row[2] ?? "" }
        let s = try #require(plan.entity(named: "sessions"))
        let tc = try #require(s.column(named: "tutor_id")), oc = try #require(s.column(named: topic)), nc = try #require(s.column(named: "notes"))
        var checked = 0
        for row in TestSupport.table(plan, "sessions") {
            guard let subject = subjectOf[row[tc] ?? ""], let topics = SubjectTopics.topics(of: subject), let t = row[oc] else { continue }
            #expect(topics.contains(t), "\(prompt): a \(subject) session on \(t)")
            #expect((row[nc] ?? "").lowercased().contains(t.lowercased()), "\(prompt): notes \(row[nc] ?? "") on \(t)")
            checked += 1
        }
        #expect(checked > 0)
        for row in TestSupport.table(plan, "students") {
            guard let grade = row[2].flatMap(Int.init), let school = row[3] else { continue }
            let kind = grade <= 5 ? "Elementary School" : grade <= 8 ? "Middle School" : "High School"
            #expect(school.hasSuffix(kind), "\(prompt): grade \(grade) at \(school)")
        }
    }
}
