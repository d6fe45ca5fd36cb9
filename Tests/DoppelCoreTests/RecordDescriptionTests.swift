import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A description on an entity that is not a product describes its own row
/// (its noun, grade, status and date), never product copy. Entities and their
/// columns are drawn from a seeded generator; a failure prints the seed.
@Suite struct RecordDescriptionTests {
    static let entities = ["incident_reports", "inspections", "claims", "maintenance_jobs", "complaints", "audits", "outages", "defects"]
    static let grades = [("severity", ["low", "medium", "high", "critical"]), ("priority", ["p1", "p2", "p3"]), ("risk", ["minor", "major"])]
    static let statuses = ["open", "in_progress", "resolved", "closed", "cancelled", "pending"]

    @Test func descriptionsOfRecordsUseTheRowsOwnValues() throws {
        for seed in UInt64(1)...40 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(Self.entities)
            let (grade, values) = rng.pick(Self.grades)
            let quote: ([String]) -> String = { $0.map { "\"\($0)\"" }.joined(separator: ", ") }
            let dated = rng.chance(0.7)
            let json = """
            {"name": "r", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": 60, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(grade)", "kind": "enum", "values": [\(quote(values))]},
              {"name": "status", "kind": "enum", "values": [\(quote(Self.statuses))]},
              \(dated ? #"{"name": "reported_at", "type": "datetime"},"# : "")
              {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let names = plan.entity(named: entity)?.fields.map(\.name) ?? []
            let noun = SchemaResolver.noun(entity)
            for row in TestSupport.table(plan, entity) {
                let cell = Dictionary(uniqueKeysWithValues: zip(names, row))
                let text = (cell["description"] ?? nil) ?? ""
                let problems = [
                    text.contains(noun) ? nil : "no noun \(noun)",
                    text.contains("made of") ? "product copy" : nil,
                    text.contains(((cell[grade] ?? nil) ?? "?").lowercased()) ? nil : "no \(grade)",
                    text.contains(((cell["status"] ?? nil) ?? "?").replacingOccurrences(of: "_", with: " ")) ? nil : "no status",
                    !dated || text.contains(String(((cell["reported_at"] ?? nil) ?? "?").prefix(10))) ? nil : "no date",
                    text.contains(" a a") || text.contains("A a") || text.contains(" an high") ? "article" : nil,
                ].compactMap { $0 }
                #expect(problems.isEmpty, "seed \(seed): \(entity): \(problems) in \(text.debugDescription)")
                if !problems.isEmpty { break }
            }
        }
    }

    /// A price alone does not make goods: a priced house listing, course or ticket with no
    /// name column is described as its own record, never as a product.
    @Test func pricedRecordsThatAreNotGoodsAreNotProductCopy() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["listings", "estate_listings", "offers", "courses", "tickets", "articles", "sessions"])
            let json = """
            {"name": "r", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": 40, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "price", "type": "decimal", "kind": "commerce.price"},
              {"name": "status", "kind": "enum", "values": ["open", "sold", "closed"]},
              {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """
            let texts = TestSupport.column(try TestSupport.plan(json), entity, "description").compactMap { $0 }
            #expect(texts.count == 40)
            let copy = texts.first { $0.contains("made of") || !$0.contains(SchemaResolver.noun(entity)) }
            #expect(copy == nil, "seed \(seed): \(entity): \(copy ?? "")")
        }
    }

    /// A named row whose noun names no subject the row text knows (a campaign, a project, a
    /// grant) is described from its own name and values, not as goods; a named row with a
    /// price, SKU or brand column keeps its product copy.
    @Test func namedRowsAreProductCopyOnlyWhenTheyAreGoods() throws {
        let goodsLines = RowDescriptionWriter.productLines + RowDescriptionWriter.productExtras
        func isCopy(_ text: String) -> Bool { goodsLines.contains { text.contains($0) } }
        for seed in UInt64(1)...24 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["campaigns", "projects", "grants", "initiatives", "policies", "teams", "expeditions", "gadgets", "widgets"])
            let goods = rng.pick(["", "price", "sku", "brand"])
            let extra = goods.isEmpty ? "" : #"{"name": "\#(goods)", "type": "string", "kind": "text.word"},"#
            let json = #"""
            {"name": "r", "seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 30, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "name", "type": "string", "kind": "text.title"}, \#(extra)
              {"name": "status", "kind": "enum", "values": ["active", "paused", "closed"]},
              {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """#
            let plan = try TestSupport.plan(json)
            let names = plan.entity(named: entity)?.fields.map(\.name) ?? []
            for row in TestSupport.table(plan, entity) {
                let cell = Dictionary(uniqueKeysWithValues: zip(names, row))
                let text = (cell["description"] ?? nil) ?? ""
                let name = (cell["name"] ?? nil) ?? "?"
                #expect(text.contains(name), "seed \(seed): \(entity): \(text)")
                #expect(isCopy(text) == !goods.isEmpty, "seed \(seed): \(entity) with \(goods.isEmpty ? "no goods column" : goods): \(text)")
            }
        }
    }

    /// An event is described as an event (who it brings together), not as goods or a record.
    @Test func eventsKeepTheirOwnDescription() throws {
        for entity in ["events", "conferences", "festivals", "meetups"] {
            let json = #"""
            {"name": "e", "seed": 3, "entities": [{"name": "\#(entity)", "rows": 10, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "name", "type": "string", "kind": "text.title"},
              {"name": "city", "type": "string", "kind": "address.city"},
              {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """#
            let texts = TestSupport.column(try TestSupport.plan(json), entity, "description").compactMap { $0 }
            #expect(texts.count == 10 && texts.allSatisfy { $0.contains("brings together") }, "\(entity): \(texts.first ?? "")")
        }
    }

    @Test func productDescriptionsStayProductCopy() throws {
        let json = """
        {"name": "p", "seed": 1, "entities": [{"name": "products", "rows": 20, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "status", "kind": "enum", "values": ["active", "retired"]},
          {"name": "description", "type": "text", "kind": "text.description"}]}]}
        """
        let texts = TestSupport.column(try TestSupport.plan(json), "products", "description").compactMap { $0 }
        #expect(!texts.contains { $0.contains("product,") || $0.hasPrefix("A product") })
    }
}
