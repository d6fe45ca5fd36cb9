import Testing
@testable import DoppelEngine
@testable import DoppelText

/// A stranger's vet clinic vaccinated a pet two months before it was born, a lab collected a result before its
/// test was ordered, and an esports match's stats were created before the match was played. Drawn parent and child
/// tables where the moment of one or both is named for its occasion (`administered_on`, `played_at`), not its creation.
@Suite struct OccasionMomentTests {
    static let verbs = ["administered", "collected", "performed", "played", "held", "conducted", "measured", "inspected",
                        "visited", "treated", "harvested", "observed", "taken", "examined", "dispensed"]
    static let suffixes = ["at", "on", "date", "time"]

    @Test(arguments: 1...12) func aChildsOccasionFollowsItsParentsMoment(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 131 &+ 17)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let parent = pick(["pets", "tests", "matches", "fields", "hives", "patients", "samples", "sites"])
        let parentMoment = pick(["birth_date", "created_at", "ordered_at", "\(pick(Self.verbs))_\(pick(Self.suffixes))"])
        let child = pick(["vaccinations", "results", "match_stats", "harvests", "inspections", "readings", "doses"])
        let childMoment = "\(pick(Self.verbs))_\(pick(Self.suffixes))"
        func type(_ name: String) -> String { name.hasSuffix("_at") || name.hasSuffix("_time") ? "datetime" : "date" }
        let plan = try TestSupport.plan("""
            {"name": "drawn", "entities": [
              {"name": "\(parent)", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(parentMoment)", "type": "\(type(parentMoment))"}]},
              {"name": "\(child)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(Inflector.singular(parent))_id", "type": "integer", "references": "\(parent).id"},
                {"name": "\(childMoment)", "type": "\(type(childMoment))"}]}]}
            """, ResolveOptions(seed: seed))
        let parentAt = TestSupport.column(plan, parent, parentMoment).map { $0.flatMap(TestSupport.instant) }
        for row in TestSupport.table(plan, child) {
            let p = try #require(row[1].flatMap(Int.init))
            guard let t = row[2].flatMap(TestSupport.instant), let b = parentAt[p - 1] else { continue }
            // A date-only child of a parent with a time of day keeps the parent's day.
            let floor = type(childMoment) == "date" ? b - b.truncatingRemainder(dividingBy: 86_400) : b
            #expect(t >= floor, "\(child).\(childMoment) \(row[2] ?? "") before its \(parent).\(parentMoment)")
        }
    }

    @Test func somethingPlannedIsNoOccasion() {
        func field(_ name: String) -> Field { Field(name: name, type: .date) }
        #expect(SchemaResolver.occasionColumn([field("scheduled_at"), field("due_date")]) == nil)
        #expect(SchemaResolver.occasionColumn([field("scheduled_at"), field("administered_on")]) == 1)
        #expect(SchemaResolver.occasionColumn([Field(name: "played_at", type: .string)]) == nil)
    }
}

/// A stranger's vet clinic booked a completed appointment for 2024-05-13 for a pet born 2024-12-26. Drawn tables of
/// appointments of someone born, with and without a status: the planned time is after the birth, and a status still
/// follows it (a past appointment is not upcoming).
@Suite struct ScheduledAfterBirthTests {
    @Test(arguments: 1...10) func anAppointmentOfSomeoneBornIsAfterTheBirth(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 353 &+ 41)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let parent = pick(["pets", "patients", "children", "horses", "clients"])
        let born = pick(["date_of_birth", "birth_date", "dob", "born_on"])
        let child = pick(["appointments", "checkups", "visits", "consultations", "grooming_appointments"])
        let at = pick(["scheduled_at", "appointment_time", "appointment_date", "scheduled_for"])
        let status = g.next() % 2 == 0
            ? #", {"name": "status", "type": "string", "values": ["scheduled", "completed", "cancelled"]}"# : ""
        let plan = try TestSupport.plan("""
            {"name": "t", "entities": [
              {"name": "\(parent)", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(born)", "type": "date"}]},
              {"name": "\(child)", "rows": 400, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(Inflector.singular(parent))_id", "type": "integer", "references": "\(parent).id"},
                {"name": "\(at)", "type": "\(at.hasSuffix("_date") ? "date" : "datetime")"}\(status)]}]}
            """, ResolveOptions(seed: seed))
        let birth = TestSupport.column(plan, parent, born).map { $0.flatMap(TestSupport.instant) }
        let rows = TestSupport.table(plan, child)
        for row in rows {
            let p = try #require(row[1].flatMap(Int.init))
            guard let t = row[2].flatMap(TestSupport.instant), let b = birth[p - 1] else { continue }
            #expect(t >= b, "\(child).\(at) \(row[2] ?? "") before its \(parent).\(born)")
        }
        if !status.isEmpty {
            // Scheduled ones lie ahead of the data's now, completed ones behind it: both still occur.
            let statuses = Set(rows.compactMap { $0[3] })
            #expect(statuses.contains("scheduled") && statuses.contains("completed"), "\(statuses)")
        }
    }
}
