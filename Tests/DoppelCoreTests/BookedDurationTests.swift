import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A booked slot (an appointment, a lesson, a session) lasts a round number of minutes, as
/// diaries are kept; a film or a course keeps its range. Drawn names and tables.
@Suite struct BookedDurationTests {
    @Test func aBookedSlotLastsRoundMinutes() throws {
        let booked = ["appointment", "consultation", "lesson", "session", "treatment", "visit", "interview", "meeting",
                      "grooming_appointment", "therapy_session", "driving_lesson"]
        for entity in booked {
            for name in ["duration", "duration_minutes", "duration_mins", "duration_min", "length_minutes"] {
                let spec = try #require(ColumnLexicon.spec(name, ColumnContext(entity: entity, nature: .thing, domain: nil)), "\(entity).\(name)")
                let values = try #require(spec.values, "\(entity).\(name): \(spec)")
                #expect(!values.isEmpty && values.allSatisfy { if case .int(let m) = $0 { return m >= 15 && m % 15 == 0 }; return false },
                        "\(entity).\(name): \(values)")
            }
        }
        // a film runs its own length, not a diary slot
        let film = try #require(ColumnLexicon.spec("duration_minutes", ColumnContext(entity: "film", nature: .thing, domain: nil)))
        #expect(film.values == nil)
        // an appointment or a session someone sits through lasts hours of a day, not a whole day (a 16-hour tattoo)
        for entity in ["appointment", "session", "lesson", "consultation"] {
            let hours = try #require(ColumnLexicon.spec("duration_hours", ColumnContext(entity: entity, nature: .thing, domain: nil)))
            #expect(hours.min == 0.5 && hours.max == 8, "\(entity): \(hours)")
        }
        #expect(ColumnLexicon.spec("duration_hours", ColumnContext(entity: "flight", nature: .thing, domain: nil))?.max == 24)
        // what a listener subscribes to is a tier, a member's a term: never "Subscription D"
        for (entity, value) in [("listener", "Premium"), ("user", "Free"), ("member", "annual"), ("account", "Family")] {
            let spec = try #require(ColumnLexicon.spec("subscription", ColumnContext(entity: entity, nature: .thing, domain: nil)))
            #expect(spec.values?.contains(.string(value)) == true, "\(entity): \(spec)")
        }
    }
}
