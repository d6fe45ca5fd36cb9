import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's construction company had contractors skilled in "part", "heart" and "month", built "Zephyr
/// Checkout Revamp" and set tasks like "Debug the login flow"; a trial's adverse events were page views; a
/// vet's vaccinations were next due six years after they were given. Drawn names, settings and seeds.
@Suite struct TradesAndRecurrenceTests {
    @Test func aSkillIsASkillAndABuildersIsATrade() throws {
        let skills = Set((0..<ItemLists.skills.count).map(ItemLists.skills.string))
        for table in ["contractors", "freelancers", "volunteers", "candidates"] {
            let f = try #require(TestSupport.plannedField("A staffing agency with \(table) (name, email, skill)", table, "skill"))
            #expect(f.kind == "person.skill", "\(table).skill: \(String(describing: f.kind))")
        }
        let trade = try #require(TestSupport.plannedField(
            "A construction company with projects, contractors (name, skill, hourly_rate) and tasks", "contractors", "skill"))
        let trades = trade.values?.compactMap(\.stringValue) ?? []
        #expect(trades.contains("Carpentry") && trades.contains("Plumbing") && !trades.contains("Python"), "\(trades)")
        // A skills table lists distinct skills, none a random word.
        let plan = try TestSupport.plan(#"""
            {"name": "hr", "seed": 4, "entities": [{"name": "skills", "rows": 20, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "name", "type": "string", "kind": "person.skill", "unique": true}]}]}
            """#)
        let names = TestSupport.column(plan, "skills", "name").compactMap { $0 }
        #expect(names.count == 20 && Set(names).count == 20 && names.allSatisfy(skills.contains), "\(names)")
        let lookup = try #require(TestSupport.plannedField("HR system with employees, skills and employee_skills", "skills", "name"))
        #expect(lookup.kind == "person.skill" && lookup.unique, "\(String(describing: lookup.kind))")
    }

    @Test func aTrialsAdverseEventHappensToTheBody() throws {
        for table in ["adverse_events", "side_effects", "adverse_reactions"] {
            for column in ["event", "event_term", "reaction"] {
                let f = try #require(TestSupport.plannedField(
                    "A clinical trial with participants (age, arm) and \(table) (participant_id, \(column), severity, onset_date)", table, column))
                let values = f.values?.compactMap(\.stringValue) ?? []
                #expect(values.contains("Headache") && !values.contains("page_view"), "\(table).\(column): \(values)")
            }
        }
    }

    @Test(arguments: 1...4) func aBuildersProjectsAndTasksAreBuildingWork(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let name = rng.pick(["construction", "homebuilder", "renovation_company", "construction_firm", "builder"])
        let plan = try TestSupport.plan("""
            {"name": "\(name)", "seed": \(seed), "entities": [
              {"name": "projects", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "text.title"}]},
              {"name": "tasks", "rows": 80, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "project_id", "type": "integer", "references": "projects.id"},
                {"name": "title", "type": "string", "kind": "text.title"}]}]}
            """)
        let works = RowTitleWriter.buildingWorks, sites = RowTitleWriter.buildingSites
        for project in TestSupport.column(plan, "projects", "name") {
            let p = try #require(project)
            #expect(sites.contains { p.hasPrefix($0 + " ") } && works.contains { p.hasSuffix(" " + $0) }, "\(name) project \(p)")
        }
        let pairs = RowTitleWriter.buildingWork
        for task in TestSupport.column(plan, "tasks", "title") {
            let t = try #require(task)
            #expect(pairs.contains { g in g.verbs.contains { v in g.objects.contains { t == v + " " + $0 } } }, "\(name) task \(t)")
        }
        // An office's tasks stay an office's.
        let office = try TestSupport.plan("""
            {"name": "agency", "seed": \(seed), "entities": [{"name": "tasks", "rows": 40, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "title", "type": "string", "kind": "text.title"}]}]}
            """)
        let officeWork = RowTitleWriter.taskWork
        for task in TestSupport.column(office, "tasks", "title") {
            let t = try #require(task)
            #expect(officeWork.contains { g in g.verbs.contains { v in g.objects.contains { t == v + " " + $0 } } }, "office task \(t)")
        }
    }

    @Test(arguments: 1...6) func aRecurringCheckIsNextDueMonthsToYearsAfterItWasDone(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (done, next) = rng.pick([("given_on", "next_due_on"), ("administered_date", "next_due_date"), ("performed_on", "next_due_on"),
                                     ("last_service_date", "next_service_date"), ("last_inspection", "next_inspection"),
                                     ("inspected_on", "next_due_on"), ("last_checkup", "next_checkup")])
        let table = rng.pick(["vaccinations", "services", "inspections", "checkups", "maintenance_records"])
        let plan = try TestSupport.plan("""
            {"name": "records", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(done)", "type": "date"}, {"name": "\(next)", "type": "date"}]}]}
            """)
        let day: (String) -> Int? = { CivilTime.parse($0).map { Int($0 / 86_400) } }
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[1].flatMap(day)), b = try #require(row[2].flatMap(day))
            #expect(b - a >= 170 && b - a <= 1_100, "\(table).\(next) \(row[2] ?? "") after \(done) \(row[1] ?? "")")
        }
    }

    @Test func aParkingSpotIsNumberedWhereItStands() {
        for (table, column) in [("spots", "spot_number"), ("spaces", "space_number"), ("stands", "stand_number")] {
            let f = TestSupport.plannedField("A parking garage with levels and \(table) (level_id, \(column), type)", table, column)
            #expect(f?.kind == "id.sequence" && f?.type == .integer, "\(table).\(column): \(String(describing: f?.kind))")
        }
    }
}

/// A stranger's music service had a jazz band's albums filed as pop and folk. Drawn parents, children and names.
@Suite struct InheritedGenreTests {
    @Test(arguments: 1...4) func aChildsGenreOrCuisineIsItsParents(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, child, column) = rng.pick([("artists", "albums", "genre"), ("albums", "tracks", "genre"), ("authors", "books", "genre"),
                                                ("restaurants", "dishes", "cuisine"), ("bands", "songs", "music_genre")])
        let plan = try TestSupport.plan("""
            {"name": "catalogue", "seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(column)", "type": "string"}]},
              {"name": "\(child)", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(Inflector.singular(parent))_id", "type": "integer", "references": "\(parent).id"},
                {"name": "\(column)", "type": "string"}]}]}
            """)
        let held = TestSupport.column(plan, parent, column)
        for row in TestSupport.table(plan, child) {
            let p = try #require(row[1].flatMap(Int.init))
            #expect(row[2] == held[p - 1], "\(child).\(column) \(row[2] ?? "nil") of a \(held[p - 1] ?? "nil") \(Inflector.singular(parent))")
        }
    }
}
