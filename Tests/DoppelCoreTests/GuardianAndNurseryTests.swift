import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's kindergarten had Olivia down as a child's father, rooms for ages "18-24" and 104 children to a
/// room. Drawn tables, columns, values and seeds.
@Suite struct GuardianAndNurseryTests {
    @Test(arguments: 1...6) func aRelationshipThatNamesASexAgreesWithThePerson(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["guardians", "emergency_contacts", "family_members", "next_of_kin"])
        let column = rng.pick(["relationship", "relation", "relationship_type", "relationship_to_child"])
        let values = rng.pick([["mother", "father", "grandparent", "legal guardian"], ["Mother", "Father", "Aunt", "Uncle", "Sister", "Brother"],
                               ["wife", "husband", "partner", "friend"], ["mom", "dad", "step_mother", "other"]])
        let plan = try TestSupport.plan("""
            {"name": "people", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "first_name", "type": "string", "kind": "person.first_name"},
              {"name": "gender", "type": "string", "kind": "person.gender"},
              {"name": "\(column)", "type": "string", "kind": "enum", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """)
        var seen = Set<String>()
        for row in TestSupport.table(plan, table) {
            let gender = try #require(row[2]), relation = try #require(row[3])
            seen.insert(relation)
            let words = Set(relation.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).map(String.init))
            if gender == "male" { #expect(words.isDisjoint(with: GenderedEnumKind.femaleWords), "\(row[1] ?? "") (\(gender)) as \(relation)") }
            if gender == "female" { #expect(words.isDisjoint(with: GenderedEnumKind.maleWords), "\(row[1] ?? "") (\(gender)) as \(relation)") }
        }
        #expect(seen.count >= values.count - 1, "\(values): only \(seen)")
    }

    @Test func aNurserysRoomsAreForYoungChildrenAFewDozenAtMost() throws {
        for setting in ["kindergarten", "nursery", "daycare centre", "preschool"] {
            let prompt = "A \(setting) with classrooms (name, age_group, capacity) and children (classroom_id, name, date_of_birth)"
            let ages = TestSupport.plannedField(prompt, "classrooms", "age_group")?.values?.compactMap(\.stringValue) ?? []
            #expect(ages.contains("Pre-K (4-5)") && !ages.contains("18-24"), "\(setting): \(ages)")
            #expect((TestSupport.plannedField(prompt, "classrooms", "capacity")?.max ?? 999) <= 24, "\(setting)")
        }
    }

    @Test(arguments: 1...4) func aChildWhoDidNotComeHasNoTimesAndOneWhoDidCameInTheMorning(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (arrive, leave) = rng.pick([("checked_in_at", "checked_out_at"), ("check_in_time", "check_out_time"), ("time_in", "time_out")])
        let statuses = rng.pick([["present", "absent", "late", "excused"], ["Present", "Absent"], ["attended", "sick", "holiday", "late"]])
        let plan = try TestSupport.plan("""
            {"name": "\(rng.pick(["kindergarten", "daycare_centre", "preschool"]))", "seed": \(seed), "entities": [
              {"name": "attendance", "rows": 400, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "date", "type": "date"}, {"name": "\(arrive)", "type": "datetime"}, {"name": "\(leave)", "type": "datetime"},
                {"name": "status", "type": "string", "kind": "enum", "values": [\(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """)
        for row in TestSupport.table(plan, "attendance") {
            let status = try #require(row[4]).lowercased()
            let away = ["absent", "excused", "sick", "holiday"].contains(status)
            #expect((row[2] == nil) == away && (row[3] == nil) == away, "\(status) with \(row[2] ?? "nil")–\(row[3] ?? "nil")")
            guard let a = row[2].flatMap(CivilTime.parse), let l = row[3].flatMap(CivilTime.parse) else { continue }
            let hour = (a % 86_400) / 3_600
            #expect(hour >= 7 && hour <= 8, "arrived at \(row[2] ?? "")")
            #expect(l - a >= 5 * 3_600 && l - a <= 10 * 3_600, "stayed \(l - a) s")
        }
    }

    @Test func aDayOfAttendanceIsAWeekday() throws {
        for (setting, column) in [("school", "date"), ("kindergarten", "attendance_date"), ("dance school", "class_date")] {
            let prompt = "A \(setting) with students and attendance (student_id, \(column), status)"
            #expect(TestSupport.plannedField(prompt, "attendance", column)?.kind == "date.weekday", "\(setting) attendance.\(column)")
            let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: 5)).get()
            for day in TestSupport.column(plan, "attendance", column).compactMap({ $0 }) {
                let days = try #require(CivilTime.parse(day)) / 86_400
                let weekday = ((days % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday: 0 = Monday
                #expect(weekday < 5, "\(setting): \(day)")
            }
        }
    }
}
