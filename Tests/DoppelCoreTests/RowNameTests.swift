import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Names and titles that fit their entity when the prompt gives no words for them: places are
/// named like places, documents for their subject and type, an incident's summary is its problem,
/// and a column named for who did something holds a person.
@Suite struct RowNameTests {
    static func names(_ entity: String, _ column: String, kind: String) throws -> [String] {
        let plan = try TestSupport.plan(#"""
            {"name": "n", "seed": 9, "entities": [{"name": "\#(entity)", "rows": 60, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\#(column)", "type": "string", "kind": "\#(kind)"}]}]}
            """#)
        return TestSupport.column(plan, entity, column).compactMap { $0 }
    }

    @Test(arguments: RowTitleWriter.placeNouns)
    func aPlaceIsNamedLikeAPlace(noun: String) throws {
        let entity = Inflector.plural(noun)
        for name in try Self.names(entity, "name", kind: "text.title") {
            let head = noun.prefix(1).uppercased() + noun.dropFirst()
            #expect(name.hasSuffix(" " + head) && RowTitleWriter.placeWords.contains(String(name.dropLast(head.count + 1))), "\(entity): \(name)")
        }
    }

    @Test(arguments: ["documents", "reports", "contracts", "policies", "proposals", "memos", "agreements"])
    func aDocumentIsNamedForItsSubjectAndType(entity: String) throws {
        let types = RowTitleWriter.documentTypes + RowTitleWriter.agreementTypes.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        for title in try Self.names(entity, "title", kind: "text.title") {
            #expect(types.contains { title.hasSuffix(" " + $0) } && title.split(separator: " ").count >= 2, "\(entity): \(title)")
        }
    }

    @Test(arguments: ["incidents", "support_requests", "complaints", "issues"])
    func anIncidentsSummaryIsItsProblem(entity: String) throws {
        for summary in try Self.names(entity, "summary", kind: "text.sentence") {
            #expect(RowTitleWriter.problems.contains(summary), "\(entity): \(summary)")
        }
    }

    @Test func aColumnNamedForWhoDidItHoldsAPerson() {
        var g = PlannerFuzzTests.SplitMix(state: 77)
        let verbs = ["created", "approved", "reviewed", "signed", "handled", "submitted", "verified", "audited", "closed", "resolved"]
        for _ in 0..<40 {
            let verb = verbs[Int(g.next() % UInt64(verbs.count))]
            #expect(SchemaAssembler.namesAnAgent("\(verb)_by"), "\(verb)_by")
        }
        for name in ["assigned_to", "escalated_to", "referred_to"] { #expect(SchemaAssembler.namesAnAgent(name), "\(name)") }
        for name in ["needed_by", "expected_by", "ship_to", "created_at", "approved", "opened_on", "bill_to", "use_by"] {
            #expect(!SchemaAssembler.namesAnAgent(name), "\(name)")
        }
        let schema = PlannerBehaviourTests().plan("Document approvals: documents (title, created_by, approved_by, approved_at)")
        let fields = schema.entities.first { $0.name == "documents" }?.fields ?? []
        #expect(fields.first { $0.name == "approved_by" }?.kind == "person.full_name", "\(fields.map { "\($0.name) \($0.kind ?? "")" })")
    }

    @Test func aColumnNamedForAPlaceHoldsAPlaceName() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "e", "seed": 4, "entities": [{"name": "events", "rows": 80, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "venue", "type": "string"}, {"name": "home_office", "type": "string", "kind": "text.words"},
              {"name": "time_zone", "type": "string", "kind": "text.word"}, {"name": "branch", "type": "string", "kind": "text.word"}]}]}
            """#)
        // an event's venue is a hall (a match's is a stadium: PlannerSportsTests)
        for (noun, column) in [("Hall", "venue"), ("Office", "home_office")] {
            for v in TestSupport.column(plan, "events", column).compactMap({ $0 }) {
                #expect(v.hasSuffix(" " + noun) && RowTitleWriter.placeWords.contains(String(v.dropLast(noun.count + 1))), "\(column): \(v)")
            }
        }
        // Columns a place noun ends but that name something else keep their kind.
        for column in ["time_zone", "branch"] {
            #expect(TestSupport.column(plan, "events", column).allSatisfy { !($0 ?? "").contains(" ") }, "\(column)")
        }
    }
}
