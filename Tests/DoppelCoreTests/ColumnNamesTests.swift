import DoppelJSON
import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// One knowledge base of column names: a field that names no kind gets what
/// the shared table (`ColumnNames`) says, the same the planner writes.
@Suite struct ColumnNamesTests {
    /// The resolved field for a one-table schema with a column `name` of no kind (and `type`, when given).
    static func resolved(_ name: String, type: String? = nil, entity: String = "things") throws -> FieldPlan {
        var field: JSONObject = ["name": .string(name)]
        if let type { field["type"] = .string(type) }
        let schema: JSON = ["entities": [["name": .string(entity), "rows": 5,
                                          "fields": [["name": "id", "primary_key": true], .object(field)]]]]
        let plan = try Schema.decode(schema).get().resolve().get()
        return try #require(plan.entities.first?.fields.last)
    }

    /// Drawn names from the table (seeded, so a failure replays): the resolver
    /// fills the row's kind and options, and the planner plans the same column
    /// alike when no entity rule of its own comes first.
    @Test(arguments: [UInt64(0x0C01), 0x0C02, 0x0C03])
    func aFieldNamedLikeARowGetsThatRow(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let names = ColumnNames.table.keys.sorted()
        var checked = 0
        for _ in 0..<120 {
            let name = rng.pick(names)
            guard !KindInference.entityDecides.contains(name), name != "id",
                  let spec = ColumnNames.table[name], let kind = spec.kind else { continue }
            // The entity refines a few kinds (`adjust`); a neutral entity keeps the row as written.
            let adjusted = KindInference.adjust(kind, name: name, type: nil, entity: "things")
            guard let f = try? Self.resolved(name) else {
                Issue.record("\(name): the table's spec does not resolve")
                continue
            }
            if adjusted != kind {
                #expect(f.field.kind == adjusted, "\(name)")
                continue
            }
            #expect(f.field.kind == kind, "\(name): \(f.field.kind ?? "nil") vs the table's \(kind)")
            if let values = spec.values { #expect(f.field.values == values, "\(name)") }
            if let min = spec.min { #expect(f.field.min == min && f.field.max == spec.max, "\(name)") }
            if let pattern = spec.pattern { #expect(f.field.pattern == pattern, "\(name)") }
            checked += 1
        }
        #expect(checked > 60)
    }

    /// The disagreement the table ended: `subtotal` is one thing to the planner and to the engine.
    @Test func subtotalIsOneThingToThePlannerAndTheEngine() throws {
        let engine = try Self.resolved("subtotal")
        let planner = try #require(ColumnLexicon.spec("subtotal", .neutral))
        #expect(engine.field.kind == planner.kind && engine.field.min == planner.min && engine.field.max == planner.max)
        #expect(engine.field.kind == "number.decimal" && engine.field.min == 5 && engine.field.max == 2000)
    }

    /// What the schema says wins over the table: a given range, values, or a type the row cannot be stored in.
    @Test func theSchemaWinsOverTheTable() throws {
        let field: JSONObject = ["name": "subtotal", "min": 1, "max": 9]
        let schema: JSON = ["entities": [["name": "t", "rows": 5, "fields": [.object(field)]]]]
        let plan = try Schema.decode(schema).get().resolve().get()
        #expect(plan.entities[0].fields[0].field.min == 1 && plan.entities[0].fields[0].field.max == 9)
        let typed = try Self.resolved("priority", type: "integer")
        #expect(typed.field.kind == "number.integer" && typed.field.values == nil, "\(typed.field.kind ?? "nil")")
        // Untyped, the table's enum comes with its values.
        let plain = try Self.resolved("marital_status")
        #expect(plain.field.kind == "enum" && plain.field.values?.contains("married") == true)
    }

    /// Names the entity decides keep the entity's rule: an order's `status`, a book's `title`, a company's `name`.
    @Test func theEntityStillDecidesStatusTitleAndName() throws {
        #expect(try Self.resolved("status", entity: "orders").field.kind == "commerce.order_status")
        #expect(try Self.resolved("title", entity: "books").field.kind == "media.title")
        #expect(try Self.resolved("name", entity: "companies").field.kind == "company.name")
        #expect(try Self.resolved("origin", entity: "flights").field.kind == "travel.airport_code")
        #expect(try Self.resolved("origin", entity: "shipments").field.kind == "address.city")
    }
}
