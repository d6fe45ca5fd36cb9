import Testing
@testable import DoppelEngine
@testable import DoppelText

/// A stranger's gym had a boxing coach teach Pilates and a Monday class attended on a Friday. Drawn pairs
/// of a parent and a child that list the same kind of value, and classes that meet on a weekday.
@Suite struct ParentValueTests {
    static let pairs: [(parent: String, column: String, child: String, childColumn: String, values: [String])] = [
        ("trainers", "specialty", "classes", "name", ["Yoga", "Pilates", "Boxing", "Spin", "HIIT", "Zumba"]),
        ("tutors", "subject", "sessions", "subject", ["Math", "Physics", "Chemistry", "Biology", "English"]),
        ("accounts", "currency", "transfers", "currency", ["USD", "EUR", "GBP", "JPY", "CHF"]),
        ("chefs", "cuisine", "dishes", "cuisine_type", ["Italian", "Mexican", "Thai", "Indian", "French", "Japanese"]),
    ]

    @Test(arguments: 0..<8) func aChildListsItsParentsValue(seed: Int) throws {
        let pair = Self.pairs[seed % Self.pairs.count]
        // the child's list is the parent's, shuffled, with one of its own and one missing
        var childValues = Array(pair.values.dropLast()) + ["Other"]
        childValues.swapAt(0, seed % childValues.count)
        func list(_ v: [String]) -> String { "[" + v.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        let plan = try TestSupport.plan("""
            {"name": "s", "entities": [
              {"name": "\(pair.parent)", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(pair.column)", "type": "string", "kind": "enum", "values": \(list(pair.values))}]},
              {"name": "\(pair.child)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(Inflector.singular(pair.parent))_id", "type": "integer", "references": "\(pair.parent).id"},
                {"name": "\(pair.childColumn)", "type": "string", "kind": "enum", "values": \(list(childValues))},
                {"name": "to_\(pair.childColumn)", "type": "string", "kind": "enum", "values": \(list(childValues))},
                {"name": "status", "type": "string", "kind": "enum", "values": \(list(childValues))}]}]}
            """, ResolveOptions(seed: UInt64(seed)))
        let parents = TestSupport.column(plan, pair.parent, pair.column)
        var copiedContrast = 0, copiedStatus = 0, rows = 0
        for row in TestSupport.table(plan, pair.child) {
            let p = try #require(row[1].flatMap(Int.init)), theirs = try #require(parents[p - 1])
            rows += 1
            if childValues.contains(theirs) { #expect(row[2] == theirs, "\(pair.child).\(pair.childColumn) \(row[2] ?? "-") under \(theirs)") }
            if row[3] == theirs { copiedContrast += 1 }
            if row[4] == theirs { copiedStatus += 1 }
        }
        // a value held against the parent's (`to_currency`) and a row's own status are drawn, not copied
        #expect(copiedContrast < rows / 2 && copiedStatus < rows / 2)
    }

    @Test(arguments: 1...6) func anAttendanceFallsOnItsClassesWeekday(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 13 &+ 5)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let parent = pick(["classes", "meetings", "club_sessions", "courses"])
        let child = pick(["attendance", "attendances", "check_ins", "visits"])
        let day = pick(["day_of_week", "weekday", "meets_on"])
        let weekday = pick([#""kind": "date.weekday""#, #""kind": "enum", "values": ["Mon", "Wed", "Fri", "Sat"]"#])
        let at = pick(["attended_on", "date", "checked_in_at"])
        let type = at.hasSuffix("_at") ? "datetime" : "date"
        let plan = try TestSupport.plan("""
            {"name": "s", "entities": [
              {"name": "\(parent)", "rows": 12, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(day)", "type": "string", \(weekday)}]},
              {"name": "\(child)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "parent_id", "type": "integer", "references": "\(parent).id"},
                {"name": "\(at)", "type": "\(type)"}]}]}
            """, ResolveOptions(seed: seed))
        let days = TestSupport.column(plan, parent, day)
        for row in TestSupport.table(plan, child) {
            let p = try #require(row[1].flatMap(Int.init)), t = try #require(row[2].flatMap(TestSupport.instant))
            let want = try #require(days[p - 1].flatMap { OnWeekdayPlan.weekday(Array($0.utf8)) })
            let got = CivilTime.weekday(CivilTime.floorDiv(Int64(t), 86_400))
            #expect(got == want, "\(child).\(at) \(row[2] ?? "") for a class on \(days[p - 1] ?? "")")
            #expect(Int64(t) <= plan.anchor)
        }
    }
}
