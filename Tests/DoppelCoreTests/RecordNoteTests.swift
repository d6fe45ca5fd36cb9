import DoppelText
import DoppelEngine
import DoppelPlanner
import Testing

/// Notes and reasons on records (`RecordNoteWriter`): written from the row — its person, what it is
/// about, its status — never loose words, and never saying what the row contradicts.
@Suite struct RecordNoteTests {
    static let entities = ["appointments", "visits", "leave_requests", "refunds", "bookings", "jobs", "consultations",
                           "returns", "service_calls", "absences", "inspections", "deliveries"]
    static let noteColumns = ["notes", "remarks", "comments", "staff_notes", "memo", "observations"]
    static let reasonColumns = ["reason", "purpose", "visit_reason", "cancellation_reason"]
    static let statuses = [["pending", "completed", "cancelled"], ["open", "closed"], ["scheduled", "done", "canceled"],
                           ["approved", "rejected", "pending"]]

    /// A drawn schema: people, things with names, and a record entity referencing both (or not).
    static func schema(seed: UInt64) -> (json: String, entity: String, note: String, reason: String, statuses: [String]?) {
        var g = PlannerFuzzTests.SplitMix(state: seed)
        func pick<T>(_ list: [T]) -> T { list[Int(g.next() % UInt64(list.count))] }
        let entity = pick(entities), note = pick(noteColumns), reason = pick(reasonColumns)
        let withPerson = g.next() % 3 != 0, withThing = g.next() % 3 != 0
        let statuses: [String]? = g.next() % 4 == 0 ? nil : pick(Self.statuses)
        var fields = [#"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#]
        if withPerson { fields.append(#"{"name": "client_id", "type": "integer", "references": "clients.id"}"#) }
        if withThing { fields.append(#"{"name": "asset_id", "type": "integer", "references": "assets.id"}"#) }
        if let statuses {
            fields.append(#"{"name": "status", "type": "string", "kind": "enum", "values": [\#(statuses.map { "\"\($0)\"" }.joined(separator: ", "))]}"#)
        }
        fields.append(#"{"name": "\#(note)", "type": "text", "kind": "\#(pick(["text.sentence", "text.paragraph", "text.comment"]))"}"#)
        fields.append(#"{"name": "\#(reason)", "type": "string", "kind": "text.sentence"}"#)
        let json = #"""
        {"name": "records", "seed": \#(seed), "entities": [
          {"name": "clients", "rows": 30, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "type": "string", "kind": "person.first_name"},
            {"name": "last_name", "type": "string", "kind": "person.last_name"}]},
          {"name": "assets", "rows": 30, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "type": "string", "kind": "person.first_name"}]},
          {"name": "\#(entity)", "rows": 400, "fields": [\#(fields.joined(separator: ",\n"))]}]}
        """#
        return (json, entity, note, reason, statuses)
    }

    @Test(arguments: UInt64(1)...UInt64(24))
    func notesSpeakOfTheirOwnRowAndAgreeWithItsStatus(seed: UInt64) throws {
        let s = Self.schema(seed: seed)
        let plan = try TestSupport.plan(s.json)
        let people = TestSupport.column(plan, "clients", "first_name"), things = TestSupport.column(plan, "assets", "name")
        let notes = TestSupport.column(plan, s.entity, s.note), reasons = TestSupport.column(plan, s.entity, s.reason)
        let client = TestSupport.column(plan, s.entity, "client_id"), asset = TestSupport.column(plan, s.entity, "asset_id")
        let status = TestSupport.column(plan, s.entity, "status")
        let allNames = Set((people + things).compactMap { $0 })
        #expect(notes.count == 400, "seed \(seed)")
        for i in notes.indices {
            let note = try #require(notes[i], "seed \(seed) row \(i)")
            // Sentences: capitalised, closed, no loose words.
            #expect(note.first?.isUppercase == true && note.hasSuffix("."), "seed \(seed): \(note)")
            // The only names are the row's own person and thing.
            let own = Set([client.isEmpty ? nil : client[i].flatMap { Int($0) }.flatMap { people[$0 - 1] },
                           asset.isEmpty ? nil : asset[i].flatMap { Int($0) }.flatMap { things[$0 - 1] }].compactMap { $0 })
            let words = Set(note.split(whereSeparator: { !$0.isLetter }).map(String.init))
            #expect(words.intersection(allNames).isSubset(of: own), "seed \(seed) row \(i): \(note), own \(own)")
            // Where the row stands.
            if let st = status.isEmpty ? nil : status[i] {
                if ["cancelled", "canceled", "rejected"].contains(st) {
                    #expect(!note.contains("Completed") && !note.contains("All done") && !note.contains("Awaiting"), "seed \(seed): \(st) / \(note)")
                }
                if ["completed", "done", "closed"].contains(st) {
                    #expect(!note.contains("Cancelled") && !note.contains("Awaiting") && !note.contains("Still open"), "seed \(seed): \(st) / \(note)")
                }
            }
            let reason = try #require(reasons[i], "seed \(seed) row \(i)")
            #expect(reason.first?.isUppercase == true && reason.split(separator: " ").count <= 8, "seed \(seed): \(reason)")
        }
        // A money-back record gives a customer's reason, never a meeting's.
        if ["refunds", "returns"].contains(s.entity) {
            #expect(reasons.allSatisfy { !($0 ?? "").contains("Routine") && !($0 ?? "").contains("opinion") }, "seed \(seed)")
        }
        // Time away gives a reason for being away.
        if ["leave_requests", "absences"].contains(s.entity) {
            let away: Set<String> = ["Illness", "Family matters", "Medical appointment", "Annual leave", "Personal reasons",
                                     "Moving house", "Bereavement", "Childcare"]
            #expect(reasons.allSatisfy { away.contains($0 ?? "") }, "seed \(seed)")
        }
    }

    @Test func aRoleNamedColumnIsAPersonsName() {
        let planner = PlannerBehaviourTests()
        let schema = planner.plan("A veterinary clinic with pets, owners and appointments (pet_id, vet, reason, notes, cost)")
        let appointments = schema.entities.first { $0.name == "appointments" }
        #expect(appointments?.fields.first { $0.name == "vet" }?.kind == "person.full_name", "\(appointments?.fields.map(\.name) ?? [])")
    }

    @Test func aTicketsResolutionIsWhatWasDoneAndFollowsItsStatus() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "desk", "seed": 6, "entities": [{"name": "incidents", "rows": 600, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "status", "type": "string", "kind": "enum", "values": ["open", "in_progress", "resolved", "closed", "cancelled"]},
              {"name": "resolution", "type": "string", "kind": "text.sentence"}]}]}
            """#)
        let status = TestSupport.column(plan, "incidents", "status"), resolution = TestSupport.column(plan, "incidents", "resolution")
        let waiting = ["Under investigation.", "Waiting on the customer's reply.", "Reproduced; a fix is in progress.",
                       "Escalated to the second line; no fix yet."]
        for (st, text) in zip(status, resolution) {
            let st = try #require(st), text = try #require(text)
            if ["open", "in_progress"].contains(st) { #expect(waiting.contains(text), "\(st): \(text)") }
            if ["resolved", "closed"].contains(st) { #expect(!waiting.contains(text) && !text.hasPrefix("Closed without"), "\(st): \(text)") }
            if st == "cancelled" { #expect(text.hasPrefix("Closed without") || text.hasPrefix("Withdrawn"), "\(st): \(text)") }
        }
        // The planner reads `resolution` on a ticket as what was done, on a video as pixels.
        let schema = PlannerBehaviourTests().plan("IT helpdesk with users and incidents (user_id, summary, priority, status, resolution)")
        #expect(schema.entities.first { $0.name == "incidents" }?.fields.first { $0.name == "resolution" }?.kind == "text.sentence")
    }

    @Test(arguments: ["posts", "articles", "products", "blog_posts"])
    func commentsOnWhatPeoplePublishStayReadersComments(entity: String) throws {
        let plan = try TestSupport.plan(#"""
            {"name": "p", "seed": 2, "entities": [{"name": "\#(entity)", "rows": 50, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "status", "type": "string", "kind": "enum", "values": ["draft", "published"]},
              {"name": "comments", "type": "text", "kind": "text.comment"}]}]}
            """#)
        let staff = ["Paperwork complete.", "All details checked.", "Record updated.", "Awaiting confirmation."]
        for text in TestSupport.column(plan, entity, "comments").compactMap({ $0 }) {
            #expect(!staff.contains { text.contains($0) }, "\(entity): \(text)")
        }
    }
}
