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

/// "Include order status and timestamps." adds to the orders the prompt names; a table its prose describes keeps
/// a name ("restaurants with cuisine and rating" are called something).
@Suite struct IncludedColumnsTests {
    @Test(arguments: [("orders", "order", "status and timestamps", ["status", "placed_at"]),
                      ("customers", "customer", "email and phone", ["email", "phone"]),
                      ("tickets", "ticket", "priority and timestamps", ["priority", "resolved_at"])])
    func anIncludedPhraseAddsColumns(table: String, noun: String, phrase: String, want: [String]) throws {
        for lead in ["Include", "Also include", "Please add"] {
            let prompt = "An app with customers, products and \(table == "customers" ? "orders" : table). \(lead) \(noun) \(phrase)."
            let e = try #require(Planner().plan(prompt).schema.entities.first { $0.name == table }, "\(prompt)")
            for name in want { #expect(e.fields.contains { $0.name == name }, "\(prompt): \(e.fields.map(\.name))") }
        }
        // a count or another table is not a column
        let counted = Planner().plan("An online shop with products, customers and orders. Include 5 product categories.").schema
        #expect(counted.entities.contains { $0.name == "product_categories" && $0.rows == 5 } && counted.entities.first { $0.name == "products" }?.fields.contains { $0.name == "categories" } == false)
    }

    @Test func aDescribedPlaceKeepsItsName() throws {
        let schema = Planner().plan("A food delivery app: restaurants with cuisine and rating, customers, orders").schema
        let restaurants = try #require(schema.entities.first { $0.name == "restaurants" })
        #expect(restaurants.fields.contains { $0.name == "name" } && restaurants.fields.contains { $0.name == "cuisine" })
        // a list in parentheses is exact
        let exact = Planner().plan("A food delivery app: restaurants (cuisine, rating), customers, orders").schema
        #expect(exact.entities.first { $0.name == "restaurants" }?.fields.contains { $0.name == "name" } == false)
    }
}
