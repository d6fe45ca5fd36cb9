import Foundation
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A sign-up comes before what it signs up for, and never after the schema's now: drawn occasion and
/// sign-up column names, date and datetime types, row counts and seeds.
@Suite struct SignUpBeforeOccasionTests {
    @Test(arguments: [UInt64(701), 702, 703, 704, 705, 706])
    func signUpsComeBeforeTheirOccasion(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let occasion = rng.pick(["race_date", "starts_at", "start_date", "event_date", "held_on", "scheduled_at", "concert_date", "session_time"])
        let signUp = rng.pick(["registered_at", "booked_at", "purchased_at", "rsvp_at", "signed_up_on", "registration_date", "enrolled_on"])
        let occasionType = rng.pick(["date", "datetime"]), signUpType = rng.pick(["date", "datetime"])
        let occasionKind = rng.pick(["date.future", "date.past", "date.recent"])
        let events = rng.int(1...40), rows = rng.int(1...3000)
        let schema = """
        {"name": "signups", "seed": \(seed), "entities": [
          {"name": "events", "rows": \(events), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(occasion)", "type": "\(occasionType)", "kind": "\(occasionKind)"}]},
          {"name": "tickets", "rows": \(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "event_id", "type": "integer", "references": "events.id"},
            {"name": "\(signUp)", "type": "\(signUpType)"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        func day(_ s: String?) -> String { String((s ?? "").prefix(10)) }
        let when = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "events").map { ($0[0] ?? "", $0[1] ?? "") })
        var late = 0, future = 0
        for row in TestSupport.table(plan, "tickets") {
            let at = row[2] ?? ""
            guard let e = when[row[1] ?? ""] else { continue }
            // Compared at the coarser of the two types: a date-only side has no time of day.
            let both = occasionType == "datetime" && signUpType == "datetime"
            if both ? at > e : day(at) > day(e) { late += 1 }
            if day(at) > "2025-01-01" { future += 1 }
        }
        #expect(late == 0, "seed \(seed): \(late) of \(rows) \(signUp) after \(occasion) (\(occasionKind))")
        #expect(future == 0, "seed \(seed): \(future) of \(rows) \(signUp) after the schema's now")
    }

    /// The occasion's own day written on the row that books it is the occasion's: a booking's travel date is
    /// its flight's departure. Drawn names, types, row counts and seeds.
    @Test(arguments: [UInt64(711), 712, 713, 714])
    func theOccasionsDayIsTheOccasions(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let occasion = rng.pick(["departure_time", "starts_at", "event_date", "race_date", "show_date"])
        let day = rng.pick(["travel_date", "event_date", "show_date", "departure_date", "session_date", "trip_date"])
        let occasionType = rng.pick(["date", "datetime"])
        let schema = """
        {"name": "days", "seed": \(seed), "entities": [
          {"name": "occasions", "rows": \(rng.int(1...40)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(occasion)", "type": "\(occasionType)"}]},
          {"name": "bookings", "rows": \(rng.int(1...2000)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "occasion_id", "type": "integer", "references": "occasions.id"},
            {"name": "\(day)", "type": "date"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let when = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "occasions").map { ($0[0] ?? "", String(($0[1] ?? "").prefix(10))) })
        for row in TestSupport.table(plan, "bookings") {
            #expect(row[2] == when[row[1] ?? ""], "seed \(seed): \(day) \(row[2] ?? "nil") for \(occasion) \(when[row[1] ?? ""] ?? "nil")")
        }
    }

    /// What gets an occasion ready happens before it, and a coming occasion's rehearsal may be coming too:
    /// drawn preparation tables, moment columns, occasion columns and kinds, types, row counts and seeds.
    @Test(arguments: [UInt64(721), 722, 723, 724, 725, 726])
    func preparationsComeBeforeTheirOccasion(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["rehearsals", "dress_rehearsals", "briefings", "auditions", "soundchecks", "tryouts", "walkthroughs"])
        let moment = rng.pick(["occurred_at", "scheduled_at", "date", "starts_at", "held_on", "rehearsed_at", "time"])
        let occasion = rng.pick(["starts_at", "start_date", "event_date", "held_on", "scheduled_at", "concert_date"])
        let occasionKind = rng.pick(["date.future", "date.past", "date.recent"])
        let momentType = rng.pick(["date", "datetime"])
        let schema = """
        {"name": "preparations", "seed": \(seed), "entities": [
          {"name": "occasions", "rows": \(rng.int(1...30)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(occasion)", "type": "datetime", "kind": "\(occasionKind)"}]},
          {"name": "\(table)", "rows": \(rng.int(1...2000)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(moment)", "type": "\(momentType)"},
            {"name": "notes", "type": "text"},
            {"name": "occasion_id", "type": "integer", "references": "occasions.id"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let when = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "occasions").map { ($0[0] ?? "", $0[1] ?? "") })
        var late = 0, rows = 0
        for row in TestSupport.table(plan, table) {
            guard let at = row[1], let e = when[row[3] ?? ""] else { continue }
            rows += 1
            if momentType == "datetime" ? at >= e : at > String(e.prefix(10)) { late += 1 }
        }
        #expect(rows > 0 && late == 0, "seed \(seed): \(late) of \(rows) \(table).\(moment) not before \(occasion) (\(occasionKind))")
    }
}
