import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct SchemaDecodingTests {
    static let shop = #"""
    {"name": "shop", "seed": 42, "locale": "en_US",
     "entities": [
      {"name": "customers", "rows": 1000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "email", "type": "string", "kind": "internet.email", "unique": true},
        {"name": "signup_date", "type": "date", "kind": "date.past", "nullable": 0.0}]},
      {"name": "orders", "rows": 5000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "customer_id", "type": "integer", "references": "customers.id", "fanout": "zipf"},
        {"name": "status", "type": "string", "kind": "enum", "values": ["pending", "shipped"], "weights": [0.4, 0.6]},
        {"name": "total", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 2000, "distribution": "lognormal", "currency": "EUR"}]}]}
    """#

    @Test func decodesTheDocumentedExample() throws {
        let schema = try Schema.decode(text: Self.shop).get()
        #expect(schema.name == "shop")
        #expect(schema.seed == 42)
        #expect(schema.entities.map(\.name) == ["customers", "orders"])
        let orders = try #require(schema.entity(named: "orders"))
        #expect(orders.rows == 5000)
        #expect(orders.field(named: "customer_id")?.references == FieldReference(entity: "customers", field: "id"))
        #expect(orders.field(named: "customer_id")?.fanout == .zipf)
        #expect(orders.field(named: "status")?.weights == [0.4, 0.6])
        #expect(orders.field(named: "total")?.distribution == .lognormal)
        #expect(orders.field(named: "total")?.options["currency"] == "EUR")
        #expect(schema.entity(named: "customers")?.field(named: "signup_date")?.nullable == 0)
        #expect(schema.entity(named: "customers")?.field(named: "email")?.nullable == nil)
    }

    @Test func roundTripsThroughJSON() throws {
        let schema = try Schema.decode(text: Self.shop).get()
        let again = try Schema.decode(JSONParser.parse(schema.json.serialized())).get()
        #expect(again == schema)
    }

    @Test func listsEveryStructuralProblem() throws {
        let text = #"""
        {"seed": -1, "entities": [
          {"name": "a", "rows": "many", "fields": [
            {"name": "x", "type": "integr"},
            {"name": "x", "type": "string", "nullable": 2},
            {"type": "string"},
            {"name": "y", "type": "integer", "references": "nodot", "fanout": "wide", "weights": ["a"]}]},
          {"name": "b", "fields": 3},
          7]}
        """#
        guard case let .failure(error) = Schema.decode(text: text) else {
            Issue.record("a broken schema decoded")
            return
        }
        let messages = error.problems.map(\.description)
        let expected = [
            "seed: expected a non-negative integer",
            "a: rows: expected a non-negative integer",
            "a.x: type: expected one of",
            "a.x: nullable: expected a probability",
            "a.fields[2]: name: required",
            "a.y: references: expected \"entity.field\"",
            "a.y: fanout: expected one of uniform, zipf",
            "a.y: weights: expected an array of numbers",
            "b: fields: expected an array of fields",
            "entities[2]: expected an object",
            "a.x: field name appears more than once",
        ]
        for e in expected {
            #expect(messages.contains { $0.hasPrefix(e) }, "missing problem: \(e) in \(messages)")
        }
        #expect(messages.count == expected.count, "\(messages)")
    }

    @Test func rejectsNonObjects() {
        guard case let .failure(error) = Schema.decode(text: "[1]") else {
            Issue.record("decoded an array as a schema")
            return
        }
        #expect(error.problems.count == 1)
    }
}
