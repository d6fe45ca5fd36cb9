import Testing
@testable import DoppelEngine
@testable import DoppelText

/// A stranger's vet clinic had a pet seen in 2022 by a vet hired in 2024, at 00:59. Drawn tables of visits with
/// two parents: one born or created (its children come after it), one that started (hired, opened, joined).
@Suite struct VisitTimesTests {
    @Test(arguments: 1...8) func aVisitFollowsBothItsParentsAndKeepsOpeningHours(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 31 &+ 7)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (staff, started) = (pick(["vets", "doctors", "stylists", "tutors", "inspectors"]), pick(["hired_on", "joined_on", "start_date"]))
        let (client, born) = (pick(["pets", "patients", "clients", "students"]), pick(["birth_date", "created_at", "registered_on"]))
        let visits = pick(["visits", "appointments", "consultations", "lessons", "treatments"])
        let at = pick(["visited_at", "date_time", "held_at", "\(Inflector.singular(visits))_time"])
        let plan = try TestSupport.plan("""
            {"name": "clinic", "entities": [
              {"name": "\(staff)", "rows": 12, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(started)", "type": "date"}]},
              {"name": "\(client)", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(born)", "type": "\(born.hasSuffix("_at") ? "datetime" : "date")"}]},
              {"name": "\(visits)", "rows": 400, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(Inflector.singular(client))_id", "type": "integer", "references": "\(client).id"},
                {"name": "\(Inflector.singular(staff))_id", "type": "integer", "references": "\(staff).id"},
                {"name": "\(at)", "type": "datetime"}]}]}
            """, ResolveOptions(seed: seed))
        let startOf = TestSupport.column(plan, staff, started).map { $0.flatMap(TestSupport.instant) }
        let bornOf = TestSupport.column(plan, client, born).map { $0.flatMap(TestSupport.instant) }
        for row in TestSupport.table(plan, visits) {
            let c = try #require(row[1].flatMap(Int.init)), s = try #require(row[2].flatMap(Int.init))
            let t = try #require(row[3].flatMap(TestSupport.instant))
            if let b = bornOf[c - 1] { #expect(t >= b, "\(visits).\(at) \(row[3] ?? "") before its \(client) \(born)") }
            if let h = startOf[s - 1] { #expect(t >= h, "\(visits).\(at) \(row[3] ?? "") before its \(staff) \(started)") }
            let hour = Int(t.truncatingRemainder(dividingBy: 86_400) / 3_600)
            if ["visits", "appointments", "consultations"].contains(visits) {
                #expect(hour >= 7 && hour < 22, "\(visits).\(at) at \(hour)h")
            }
        }
    }

    @Test func aWebsitesVisitsKeepEveryHour() throws {
        let plan = try TestSupport.plan("""
            {"name": "site", "entities": [{"name": "visits", "rows": 2000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "page_url", "type": "string"}, {"name": "visited_at", "type": "datetime"}]}]}
            """, ResolveOptions(seed: 4))
        let hours = Set(TestSupport.column(plan, "visits", "visited_at").compactMap { $0.flatMap(TestSupport.instant) }
            .map { Int($0.truncatingRemainder(dividingBy: 86_400) / 3_600) })
        #expect(hours.contains { $0 < 6 })
    }
}
