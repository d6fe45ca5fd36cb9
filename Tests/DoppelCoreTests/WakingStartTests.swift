import Testing
import DoppelJSON
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's volunteer prompt: a film night from 04:22 to 04:30, 902 volunteers wanted; a
/// dentist's appointments for lab work. Activities of hours start in the waking day, a gathering
/// lasts hours, a count of people wanted is a few dozen, and a dentist's or a vet's visit is theirs.
@Suite struct WakingStartTests {
    static let entities = ["events", "appointments", "classes", "lessons", "meetups", "screenings", "tours", "workshops",
                           "galas", "consultations", "yoga_classes", "guided_tours"]
    static let planned = ["starts_at", "start_time", "scheduled_at", "begins_at", "appointment_time"]
    static let actual = ["started_at", "began_at"]

    static func seconds(ofDay text: String) throws -> Int64 {
        let t = try #require(TestSupport.instant(text))
        let s = Int64(t.rounded())
        return ((s % 86_400) + 86_400) % 86_400
    }

    @Test func anActivityOfHoursStartsInTheWakingDay() throws {
        var rng = FuzzRandom(seed: 31)
        for draw in 0..<30 {
            let entity = rng.pick(Self.entities)
            let isPlanned = rng.chance(0.6)
            let start = isPlanned ? rng.pick(Self.planned) : rng.pick(Self.actual)
            let end = rng.chance(0.5) ? #", {"name": "ends_at", "type": "datetime", "kind": "datetime.past"}"# : ""
            let plan = try TestSupport.plan("""
            {"name": "w", "seed": \(draw), "entities": [{"name": "\(entity)", "rows": 200, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(start)", "type": "datetime", "kind": "datetime.past"}\(end)]}]}
            """)
            for row in TestSupport.table(plan, entity) {
                let s = try Self.seconds(ofDay: try #require(row[1]))
                let context = "draw \(draw): \(entity).\(start) = \(row[1] ?? "")"
                if isPlanned {
                    #expect(s >= 8 * 3600 && s <= 21 * 3600 && s % 900 == 0, "\(context)")
                } else {
                    #expect(s >= 7 * 3600 && s <= 22 * 3600, "\(context)")
                }
            }
        }
    }

    /// A call or a stream happens at any hour, a shift by night too: their starts keep the whole day.
    @Test(arguments: ["calls", "shifts", "streams"]) func otherActivitiesKeepTheWholeDay(entity: String) throws {
        let plan = try TestSupport.plan("""
        {"name": "w", "seed": 3, "entities": [{"name": "\(entity)", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "started_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """)
        let times = try TestSupport.table(plan, entity).map { try Self.seconds(ofDay: try #require($0[1])) }
        #expect(times.contains { $0 < 7 * 3600 || $0 > 22 * 3600 })
    }

    /// The day moves with the time: a start stays inside its column's own window.
    @Test func aWakingStartStaysInItsWindow() throws {
        let plan = try TestSupport.plan("""
        {"name": "w", "seed": 5, "entities": [{"name": "classes", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "starts_at", "type": "datetime", "kind": "datetime.between", "min": "2024-03-01", "max": "2024-03-04"}]}]}
        """)
        let lo = try #require(TestSupport.instant("2024-03-01T00:00:00Z")), hi = try #require(TestSupport.instant("2024-03-04T00:00:00Z"))
        for row in TestSupport.table(plan, "classes") {
            let t = try #require(row[1].flatMap(TestSupport.instant))
            #expect(t >= lo && t <= hi, "\(row[1] ?? "")")
        }
    }

    @Test func gatheringsAndWhatTheyWant() throws {
        let schema = Planner().plan("A volunteer organization with volunteers (name, email), events (title, starts_at, ends_at, volunteers_needed) and shifts (event_id, volunteer_id, role)").schema
        let needed = schema.entity(named: "events")?.fields.first { $0.name == "volunteers_needed" }
        #expect(needed?.type == .integer && (needed?.max ?? 1000) <= 40)
        let dentist = Planner().plan("Dentist office with patients and appointments (patient_id, dentist_name, scheduled_at, reason, cost)").schema
        let reasons = dentist.entity(named: "appointments")?.fields.first { $0.name == "reason" }?.values ?? []
        #expect(reasons.contains(.string("Filling")) && !reasons.contains(.string("Lab work")), "\(reasons)")
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "events"))
        let s = try #require(e.column(named: "starts_at")), en = try #require(e.column(named: "ends_at"))
        for row in TestSupport.table(plan, "events") {
            let t0 = try #require(row[s].flatMap(TestSupport.instant)), t1 = try #require(row[en].flatMap(TestSupport.instant))
            #expect(t1 - t0 >= 3600 - 1 && t1 - t0 <= 8 * 3600 + 1, "an event of \((t1 - t0) / 60) min")
        }
        let vet = Planner().plan("Veterinary clinic with pets (name, species) and visits (pet_id, visit_date, reason, cost)").schema
        #expect(vet.entity(named: "visits")?.fields.first { $0.name == "reason" }?.values?.contains(.string("Vaccination")) == true)
        #expect((vet.entity(named: "visits")?.fields.first { $0.name == "cost" }?.min ?? 0) >= 45)
    }
}
