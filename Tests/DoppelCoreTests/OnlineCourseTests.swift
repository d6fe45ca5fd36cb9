import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's learning platform: a beginners' course of 3,527 hours, instructors of "Expertise C", and every
/// enrolment completed, one at 2 % progress.
@Suite struct OnlineCourseTests {
    static let prompt = "Online learning platform: instructors (name, expertise), courses (instructor_id, title, category, duration_hours), "
        + "students (name, email), enrollments (student_id, course_id, enrolled_at, progress_pct, completed_at)"

    @Test func aCourseIsHoursLongAndTaughtByAnExpert() throws {
        let schema = Planner().plan(Self.prompt).schema
        let hours = try #require(schema.entity(named: "courses")?.fields.first { $0.name == "duration_hours" })
        #expect((hours.min ?? 0) >= 1 && (hours.max ?? .infinity) <= 60, "\(hours)")
        let flight = try #require(Planner().plan("Airline: flights (number, duration_hours)").schema.entities.first?.fields.first { $0.name == "duration_hours" })
        #expect((flight.max ?? .infinity) <= 24, "\(flight)")
        #expect(schema.entity(named: "instructors")?.fields.first { $0.name == "expertise" }?.kind == "education.subject")
    }

    @Test(arguments: [UInt64(1), 5]) func aFinishedCourseIsAllDone(seed: UInt64) throws {
        let plan = try Planner().plan(Self.prompt).schema.resolve(ResolveOptions(seed: seed, rows: 400)).get()
        let e = try #require(plan.entity(named: "enrollments"))
        let p = try #require(e.column(named: "progress_pct")), c = try #require(e.column(named: "completed_at"))
        var open = 0
        for row in TestSupport.table(plan, "enrollments") {
            if row[c] != nil { #expect(row[p] == "100", "completed at \(row[p] ?? "nil") %") } else { open += 1 }
        }
        #expect(open > 100 && open < 300, "\(open) of 400 enrolments still open")
    }
}
