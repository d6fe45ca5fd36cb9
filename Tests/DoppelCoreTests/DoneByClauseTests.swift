import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's food delivery prompt: "couriers who deliver them" gave the orders no courier, "Include order
/// status and timestamps" a number column named `timestamps`, and a delivery cost $41. Drawn phrasings.
@Suite struct DoneByClauseTests {
    static func references(_ prompt: String) -> Set<String> {
        Set(Planner().plan(prompt).schema.entities.flatMap { e in
            e.fields.compactMap { f in f.references.map { "\(e.name)→\($0.entity)" } }
        })
    }

    @Test(arguments: [("couriers", "deliver", "orders"), ("authors", "write", "books"), ("drivers", "complete", "trips"),
                      ("agents", "handle", "tickets"), ("vets", "perform", "surgeries")])
    func theManyDoneByOneReferenceIt(doer: String, verb: String, done: String) {
        for phrase in ["\(doer) who \(verb) \(done)", "\(doer) who \(verb) them"] {
            let prompt = "An app: customers, \(done), and \(phrase)."
            let refs = Self.references(prompt)
            #expect(refs.contains("\(done)→\(doer)") && !refs.contains("\(doer)→\(done)"), "\(prompt): \(refs)")
        }
        // one each: the doer holds it
        let refs = Self.references("Fleet: vans, and drivers who each drive one van.")
        #expect(refs.contains("drivers→vans"))
    }

    @Test func timestampsAreTheRecordsMoments() throws {
        for (table, want) in [("orders", ["placed_at", "delivered_at"]), ("tickets", ["created_at", "resolved_at"]),
                              ("notes", ["created_at", "updated_at"])] {
            let schema = Planner().plan("An app: customers, \(table) with status and timestamps").schema
            let e = try #require(schema.entities.first { $0.name == table })
            for name in want { #expect(e.fields.first { $0.name == name }?.type == .datetime, "\(table): \(e.fields.map(\.name))") }
            #expect(e.fields.first { $0.name == "timestamps" } == nil)
        }
        let fee = try #require(ColumnLexicon.spec("delivery_fee", .neutral))
        #expect((fee.max ?? 99) <= 10)
    }
}
