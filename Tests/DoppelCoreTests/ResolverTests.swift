import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct ResolverTests {
    @Test func brokenSchemaListsEveryProblem() throws {
        let text = #"""
        {"name": "broken", "entities": [
          {"name": "a", "rows": 1000, "fields": [
            {"name": "id", "type": "integer", "primary_key": true},
            {"name": "k", "kind": "person.frist_name"},
            {"name": "b_id", "references": "nowhere.id"},
            {"name": "c_id", "references": "c.missing"},
            {"name": "n", "type": "integer", "min": 10, "max": 1},
            {"name": "e", "kind": "enum", "values": ["x", "y", "z"], "weights": [1, 2]},
            {"name": "parent_id", "references": "a.id"},
            {"name": "u", "kind": "enum", "values": ["p", "q"], "unique": true},
            {"name": "label_ref", "references": "c.label"},
            {"name": "mail", "type": "integer", "kind": "internet.email"}]},
          {"name": "c", "rows": 10, "fields": [
            {"name": "id", "type": "integer", "primary_key": true},
            {"name": "label", "type": "string"},
            {"name": "d_id", "references": "d.id"}]},
          {"name": "d", "rows": 10, "fields": [
            {"name": "id", "type": "integer", "primary_key": true},
            {"name": "c_id", "references": "c.id"}]}]}
        """#
        let schema = try Schema.decode(text: text).get()
        guard case let .failure(error) = schema.resolve() else {
            Issue.record("a broken schema resolved")
            return
        }
        let messages = error.problems.map(\.description)
        let expected = [
            "a.k: kind: unknown kind \"person.frist_name\"",
            "a.b_id: references: no entity named \"nowhere\"",
            "a.c_id: references: c has no field \"missing\"",
            "a.n: min 10 is greater than max 1",
            "a.e: weights: expected 3 weights",
            "a.parent_id: references: a required self-reference forms a cycle",
            "a.u: unique: 1000 rows need 1000 distinct values, but kind enum has only 2",
            "a.label_ref: references: c.label is neither the primary key nor unique",
            "a.mail: type: kind internet.email produces string values",
            "references form a cycle (c → d → c)",
        ]
        for e in expected {
            #expect(messages.contains { $0.contains(e) }, "missing problem: \(e)\nin: \(messages)")
        }
        #expect(messages.count == expected.count, "\(messages)")
        // Every problem names its entity.
        #expect(error.problems.allSatisfy { $0.entity != nil })
        #expect(error.requestError.extra["issues"]?.arrayValue?.count == expected.count)
    }

    /// An unknown kind whose last word is a column name Doppel knows suggests that column's kind first.
    @Test(arguments: [("address.zip", "address.postal_code"), ("address.postcode", "address.postal_code"),
                      ("address.zipcode", "address.postal_code"), ("contact.email", "internet.email"),
                      ("person.surname", "person.last_name")])
    func anUnknownKindSuggestsTheKindOfItsLastWordFirst(_ c: (kind: String, first: String)) throws {
        let text = #"{"name":"s","entities":[{"name":"t","rows":3,"fields":[{"name":"f","kind":"\#(c.kind)"}]}]}"#
        guard case let .failure(e) = try Schema.decode(text: text).get().resolve() else {
            Issue.record("resolved")
            return
        }
        let message = e.problems.map(\.description).joined()
        #expect(message.contains("did you mean \(c.first)"), "\(message)")
    }

    @Test func impossibleUniquenessNamesTheField() throws {
        let values = (0..<50).map { "\"v\($0)\"" }.joined(separator: ",")
        let text = #"{"name":"u","entities":[{"name":"t","rows":1000,"fields":[{"name":"code","kind":"enum","unique":true,"values":[\#(values)]}]}]}"#
        guard case let .failure(e) = try Schema.decode(text: text).get().resolve() else {
            Issue.record("resolved")
            return
        }
        #expect(e.problems.count == 1)
        #expect(e.problems.first?.field == "code")
        #expect(e.problems.first?.message.contains("only 50") == true)
        // 50 rows fit.
        let ok = text.replacingOccurrences(of: "\"rows\":1000", with: "\"rows\":50")
        #expect((try? TestSupport.plan(ok)) != nil)
    }

    @Test func infersKindsAndTypesFromNames() throws {
        let text = #"""
        {"name": "infer", "entities": [
          {"name": "users", "rows": 5, "fields": [
            {"name": "id", "primary_key": true},
            {"name": "email"}, {"name": "created_at"}, {"name": "city"}, {"name": "zip_code"},
            {"name": "first_name"}, {"name": "is_active"}, {"name": "phone_number"}, {"name": "birth_date"},
            {"name": "name"}, {"name": "score", "type": "integer"}, {"name": "country"}]},
          {"name": "products", "rows": 5, "fields": [
            {"name": "id", "type": "uuid", "primary_key": true}, {"name": "name"}, {"name": "price"}]},
          {"name": "orders", "rows": 5, "fields": [
            {"name": "id", "primary_key": true},
            {"name": "user_id", "references": "users.id"},
            {"name": "product_id", "references": "products.id"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        func field(_ e: String, _ f: String) -> Field? { plan.schema.entity(named: e)?.field(named: f) }
        let expected: [(String, String, String, FieldType)] = [
            ("users", "id", "id.sequence", .integer), ("users", "email", "internet.email", .string),
            ("users", "created_at", "datetime.past", .datetime), ("users", "city", "address.city", .string),
            ("users", "zip_code", "address.postal_code", .string), ("users", "first_name", "person.first_name", .string),
            ("users", "is_active", "boolean", .boolean), ("users", "phone_number", "phone.number", .string),
            ("users", "birth_date", "person.birth_date", .date), ("users", "name", "person.full_name", .string),
            ("users", "score", "number.integer", .integer), ("users", "country", "address.country", .string),
            ("products", "id", "id.uuid", .uuid), ("products", "name", "commerce.product_name", .string),
            ("products", "price", "commerce.price", .decimal),
            ("orders", "user_id", "id.sequence", .integer), ("orders", "product_id", "id.uuid", .uuid),
        ]
        for (e, f, kind, type) in expected {
            #expect(field(e, f)?.kind == kind, "\(e).\(f) kind \(String(describing: field(e, f)?.kind))")
            #expect(field(e, f)?.type == type, "\(e).\(f) type \(String(describing: field(e, f)?.type))")
        }
        // Parents come before children.
        #expect(plan.entities.map(\.name).firstIndex(of: "orders")! > plan.entities.map(\.name).firstIndex(of: "products")!)
    }

    @Test func catalogueHasEveryRequiredKindAndBuildsThemAll() throws {
        let required = ["id.sequence", "id.uuid", "person.first_name", "person.last_name", "person.full_name",
                        "internet.email", "internet.username", "internet.url", "phone.number", "address.street",
                        "address.city", "address.region", "address.postal_code", "address.country", "company.name",
                        "commerce.product_name", "commerce.category", "commerce.price", "date.past", "date.future",
                        "datetime.past", "datetime.future", "number.integer", "number.decimal", "boolean", "enum",
                        "text.word", "text.sentence", "text.paragraph"]
        let names = Set(KindCatalogue.entries.map(\.name))
        for r in required { #expect(names.contains(r), "missing kind \(r)") }
        #expect(KindCatalogue.entries.count >= 100)
        // One entity with a field of every kind, for every locale: every kind generates non-empty values.
        for locale in LocaleData.codes {
            let fields = KindCatalogue.entries.enumerated().map { i, e -> String in
                let extra = e.name == "enum" ? #","values":["a","b"]"# : ""
                return #"{"name":"f\#(i)","kind":"\#(e.name)"\#(extra)}"#
            }.joined(separator: ",")
            let text = #"{"name":"all","locale":"\#(locale)","entities":[{"name":"t","rows":40,"fields":[\#(fields)]}]}"#
            let plan = try TestSupport.plan(text)
            let table = TestSupport.table(plan, "t")
            #expect(table.count == 40)
            for (c, e) in KindCatalogue.entries.enumerated() {
                let values = table.map { $0[c] }
                #expect(values.allSatisfy { ($0 ?? "").isEmpty == false }, "\(locale) \(e.name) produced an empty value")
            }
        }
    }

    @Test func planFromJSONAndCatalogueJSON() throws {
        let json = try JSONParser.parse(TestSupport.shop)
        let plan = try Schema.plan(from: json, ResolveOptions(rows: 3)).get()
        #expect(plan.totalRows == 9)
        guard case let .failure(e) = Schema.plan(from: ["entities": "no"]) else { Issue.record("decoded"); return }
        #expect(e.problems.count == 1)
        #expect(KindCatalogue.json.arrayValue?.count == KindCatalogue.entries.count)
        #expect(KindCatalogue.json[0]?["kind"] == "id.sequence")
    }

    @Test func rowsAndSeedOverridesApply() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(seed: 9, rows: 17))
        #expect(plan.seed == 9)
        #expect(plan.entities.allSatisfy { $0.rows == 17 })
        #expect(plan.schema.seed == 9)
    }

    @Test func unknownLocaleAndBadAnchorAreProblems() throws {
        let text = #"{"name":"x","locale":"xx_YY","entities":[{"name":"t","rows":1,"fields":[{"name":"a","kind":"text.word"}]}]}"#
        guard case let .failure(e) = try Schema.decode(text: text).get().resolve(ResolveOptions(referenceDate: "soon")) else {
            Issue.record("resolved")
            return
        }
        #expect(e.problems.count == 2)
    }
}

@Suite struct SchemaDocumentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func schemaDocumentsListEveryKind() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("protocol/SCHEMA.md"), encoding: .utf8)
        let json = try JSONParser.parse(try Data(contentsOf: Self.root.appendingPathComponent("protocol/schemas/doppel-schema.schema.json")))
        let listed = json["$defs"]?["field"]?["properties"]?["kind"]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(listed == KindCatalogue.entries.map(\.name))
        for e in KindCatalogue.entries {
            #expect(doc.contains("| `\(e.name)` | \(e.type.rawValue) |"), "SCHEMA.md does not document \(e.name)")
        }
        // The documented example resolves.
        let example = try #require(doc.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        _ = try TestSupport.plan(example)
    }
}

import Foundation
