import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelText

/// A stranger's blog had replies on another post than the comment they answered, written before it. A row that
/// answers an earlier row of its table is in the same place and comes after it. Drawn tables, names and seeds.
@Suite struct SameThreadTests {
    @Test(arguments: 1...12) func aReplyIsInItsParentsPlaceAndComesAfterIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (table, container) = rng.pick([("comments", "posts"), ("messages", "conversations"), ("tasks", "projects"),
                                           ("replies", "threads"), ("notes", "documents"), ("answers", "questions")])
        let containerColumn = Inflector.singular(container) + "_id"
        let selfColumn = rng.pick(["parent_id", "reply_to_id", "parent_" + Inflector.singular(table) + "_id", "in_reply_to_id"])
        let person = rng.pick(["author_id", "user_id", "sender_id", "assignee_id"])
        let time = rng.pick(["created_at", "posted_at", "sent_at"])
        let json = """
        {"name": "t", "seed": \(seed), "entities": [
          {"name": "people", "rows": \(rng.int(5...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "person.full_name"}]},
          {"name": "\(container)", "rows": \(rng.int(3...60)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "title", "type": "string"}, {"name": "created_at", "type": "datetime", "kind": "datetime.past"}]},
          {"name": "\(table)", "rows": \(rng.int(100...600)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(containerColumn)", "references": "\(container).id", "fanout": "\(rng.pick(["uniform", "zipf"]))"},
            {"name": "\(person)", "references": "people.id"},
            {"name": "\(selfColumn)", "references": "\(table).id", "nullable": \(rng.pick(["0.1", "0.5", "0.8"]))},
            {"name": "\(time)", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let rows = TestSupport.table(plan, table)
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] ?? "", $0) })
        var replies = 0, otherPerson = 0
        for row in rows {
            guard let parentKey = row[3], let parent = byId[parentKey] else { continue }
            replies += 1
            #expect(row[1] == parent[1], "seed \(seed): \(table) \(row) answers \(parent) in another of \(container)")
            let t = try #require(TestSupport.instant(row[4] ?? "")), pt = try #require(TestSupport.instant(parent[4] ?? ""))
            #expect(t >= pt, "seed \(seed): \(table).\(time), \(selfColumn), \(person): \(row) before the row it answers \(parent)")
            if row[2] != parent[2] { otherPerson += 1 }
        }
        #expect(replies > 10, "seed \(seed): \(replies) replies")
        // Who wrote it is not the place: replies come from other people too.
        #expect(otherPerson > 0, "seed \(seed): every reply by the parent's own \(person)")
    }

    /// People are left alone: an employee's manager may work in another department.
    @Test func peopleUnderAnotherKeepTheirOwnReferences() throws {
        let json = """
        {"name": "hr", "seed": 5, "entities": [
          {"name": "departments", "rows": 8, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "type": "string"}]},
          {"name": "employees", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "department_id", "references": "departments.id"}, {"name": "manager_id", "references": "employees.id", "nullable": 0.1}]}]}
        """
        let rows = TestSupport.table(try TestSupport.plan(json), "employees")
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] ?? "", $0) })
        let elsewhere = rows.filter { r in r[2].flatMap { byId[$0] }.map { $0[1] != r[1] } ?? false }
        #expect(!elsewhere.isEmpty)
    }

    /// The planner leaves most comments and tasks at the top of their thread, most employees under a manager.
    @Test func mostCommentsStartTheirOwnThread() throws {
        let field = TestSupport.plannedField("A blog with posts, comments (post_id, parent_id, body) and users", "comments", "parent_id")
        #expect((field?.nullable ?? 0) >= 0.5, "\(String(describing: field))")
        let manager = TestSupport.plannedField("employees (name, manager_id, department_id) and departments", "employees", "manager_id")
        #expect((manager?.nullable ?? 1) <= 0.2, "\(String(describing: manager))")
    }
}
