import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer
import DoppelProtocol

/// `fact_rows` (`doppel generate --rows`) sizes the largest fact table and scales the others (RowScale);
/// `rows_per` (`--rows-per`) sets named tables; `dataset_size` keeps the hosted contract's rows per table.
@Suite struct RowShapeTests {
    static let planner = Planner()
    static let shopPrompt = "E-commerce platform with customers, products, orders and order items"

    func validate(_ params: JSON) -> Result<GenerateRequest, RequestError> {
        GenerateRequest.validate(params, plan: Self.planner.plan)
    }

    func issues(_ r: Result<GenerateRequest, RequestError>) -> [String] {
        guard case let .failure(e) = r else { return [] }
        return e.extra["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    func rows(_ req: GenerateRequest) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: req.schema.entities.map { ($0.name, $0.rows) })
    }

    /// bench/shop.json's shape: categories ← products ← order_items → orders → customers.
    static let shop = #"""
    {"name": "shop", "seed": 1, "entities": [
      {"name": "categories", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
      {"name": "customers", "rows": 1000, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
      {"name": "products", "rows": 500, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "category_id", "type": "integer", "references": "categories.id"}]},
      {"name": "orders", "rows": 3000, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "customer_id", "type": "integer", "references": "customers.id", "fanout": "zipf"}]},
      {"name": "order_items", "rows": 8000, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "order_id", "type": "integer", "references": "orders.id"},
        {"name": "product_id", "type": "integer", "references": "products.id", "fanout": "zipf"}]}]}
    """#
    static var shopSchema: JSON {
        get throws { try JSONParser.parse(Array(shop.utf8)) }
    }

    @Test func shopAtAMillionOrderLinesKeepsProductsAndCategoriesSmall() throws {
        let r = rows(try validate(["schema": try Self.shopSchema, "fact_rows": 1_000_000]).get())
        #expect(r["order_items"] == 1_000_000)
        // Documented in RowScale and protocol/SCHEMA.md: ~220,000 orders, ~41,000 customers, ~14,000 products, ~290 categories.
        #expect((150_000...300_000).contains(r["orders"] ?? 0), "\(r)")
        #expect((20_000...60_000).contains(r["customers"] ?? 0), "\(r)")
        #expect((5_000...20_000).contains(r["products"] ?? 0), "\(r)")
        #expect((100...1_000).contains(r["categories"] ?? 0), "\(r)")
    }

    @Test func factRowsSetsTheFactTableAndParentsKeepTheSchemasRatiosInLogSpace() throws {
        let req = try validate(["schema": try Self.shopSchema, "fact_rows": 1_000_000]).get()
        let r = rows(req)
        let facts = req.schema.entities.filter { e in RowScale.children(of: e.name, in: req.schema).isEmpty }.map(\.name)
        #expect(facts.count >= 1)
        #expect(facts.contains { r[$0] == 1_000_000 }, "\(r)")
        // Every table referenced by another is smaller than the largest of its children.
        for e in req.schema.entities {
            let kids = RowScale.children(of: e.name, in: req.schema)
            if let largest = kids.compactMap({ r[$0] }).max() { #expect(e.rows < largest, "\(e.name): \(r)") }
        }
        #expect(req.datasetSize == 1_000_000)
        // The same order of sizes as the schema: ratios kept, never flattened.
        let original = try Schema.decode(try Self.shopSchema).get()
        for a in original.entities { for b in original.entities where a.rows < b.rows {
            #expect((r[a.name] ?? 0) <= (r[b.name] ?? 0), "\(a.name) vs \(b.name): \(r)")
        } }
    }

    @Test func aPromptsParentsStayFarBelowAMillionFactRows() throws {
        let req = try validate(["prompt": .string(Self.shopPrompt), "fact_rows": 1_000_000]).get()
        let r = rows(req)
        #expect(r.values.max() == 1_000_000, "\(r)")
        let facts = req.schema.entities.filter { RowScale.children(of: $0.name, in: req.schema).isEmpty }.map(\.name)
        for e in req.schema.entities where !facts.contains(e.name) {
            // Parents are at most a tenth of their largest child; products stay in the thousands or below.
            let largest = RowScale.children(of: e.name, in: req.schema).compactMap { r[$0] }.max() ?? 0
            let ratio = RowScale.children(of: e.name, in: req.schema).allSatisfy { RowScale.isDetail($0, of: e.name) }
                ? RowScale.headerRatio : RowScale.parentRatio
            #expect(e.rows * ratio <= largest, "\(e.name): \(r)")
        }
        // Orders are a header of their lines (a few lines each); products a dimension (thousands).
        #expect((50_000...400_000).contains(r["orders"] ?? 0), "\(r)")
        #expect((1_000...50_000).contains(r["products"] ?? 0), "\(r)")
        #expect(RowScale.isDetail("order_items", of: "orders") && !RowScale.isDetail("orders", of: "customers"))
    }

    @Test func datasetSizeStillSetsEveryTable() throws {
        let req = try validate(["prompt": "customers and orders", "dataset_size": 500]).get()
        #expect(Set(rows(req).values) == [500])
    }

    @Test func rowsPerOverridesTheScaledSizes() throws {
        let req = try validate(["schema": try Self.shopSchema, "fact_rows": 100_000,
                                "rows_per": ["products": 2_500, "customers": "7,000"]]).get()
        #expect(rows(req)["products"] == 2_500)
        #expect(rows(req)["customers"] == 7_000)
        #expect(rows(req).values.max() == 100_000)
        // Alone, with a schema: only the named table changes.
        let alone = try validate(["schema": try Self.shopSchema, "rows_per": ["categories": 12]]).get()
        let original = try Schema.decode(try Self.shopSchema).get()
        for e in original.entities { #expect(rows(alone)[e.name] == (e.name == "categories" ? 12 : e.rows)) }
    }

    @Test func anUnknownTableInRowsPerIsAnIssueNamingIt() {
        let r = validate(["prompt": "customers and orders", "fact_rows": 100, "rows_per": ["widgets": 5]])
        let found = issues(r)
        #expect(found.contains { $0.contains("rows_per: unknown table \"widgets\"") && $0.contains("customers") }, "\(found)")
    }

    @Test func badShapeValuesAreIssuesNamingTheMember() throws {
        #expect(issues(validate(["prompt": "customers and orders", "fact_rows": 0])).contains("fact_rows must be between 1 and 5,000,000, got 0"))
        #expect(issues(validate(["prompt": "customers and orders", "rows_per": ["orders": "many"]]))
            .contains("rows_per.orders must be a number, got \"many\""))
        #expect(issues(validate(["prompt": "customers and orders", "rows_per": [1, 2]]))
            .contains("rows_per must be an object of table names to row counts, got array"))
        #expect(issues(validate(["prompt": "customers and orders", "fact_rows": 10, "dataset_size": 10]))
            .contains("fact_rows and dataset_size are both given; they size tables differently"))
    }

    @Test func aFactRowsTotalOverTheLimitIsAnIssueWithAFactRowsHint() throws {
        let r = validate(["schema": try Self.shopSchema, "fact_rows": 5_000_000])
        #expect(issues(r).contains { $0.hasPrefix("Schema asks for") && $0.hasSuffix("the limit is 5,000,000") }, "\(issues(r))")
        guard case let .failure(e) = r else { Issue.record("expected failure"); return }
        #expect(e.extra["suggestions"]?.arrayValue?.contains("Lower fact_rows, or set smaller tables with rows_per") == true)
    }

    @Test func scalingIsMonotoneAndBoundedForDrawnSizes() throws {
        let schema = try Schema.decode(try Self.shopSchema).get()
        var g = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0...UInt64(UInt32.max), using: &g)
        var state = seed
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 40) % 5_000_000 + 1 }
        for _ in 0..<50 {
            let a = next(), b = next()
            let (small, large) = (min(a, b), max(a, b))
            let s = RowScale.scaled(schema, factRows: small), l = RowScale.scaled(schema, factRows: large)
            for i in schema.entities.indices {
                #expect(s.entities[i].rows >= 1 && s.entities[i].rows <= small, "seed \(seed): \(small)")
                #expect(s.entities[i].rows <= l.entities[i].rows, "seed \(seed): \(schema.entities[i].name) at \(small) vs \(large)")
            }
        }
    }

    /// A table other than the largest fact never outgrows its smallest unique list (a shop's departments, each
    /// once); the fact table still gets the asked rows. Drawn list sizes and fact sizes.
    @Test(arguments: [UInt64(31), 32, 33, 34])
    func aUniqueListCapsItsTable(seed: UInt64) throws {
        var state = seed
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n + 1 }
        let listed = next(12), factRows = next(3_000_000)
        let values = (1...listed).map { "\"value \($0)\"" }.joined(separator: ", ")
        let text = """
        {"entities": [{"name": "departments", "rows": \(next(40)), "fields": [{"name": "id", "primary_key": true},
            {"name": "name", "type": "string", "kind": "enum", "unique": true, "values": [\(values)]}]},
          {"name": "products", "rows": 500, "fields": [{"name": "id", "primary_key": true}, {"name": "department_id", "references": "departments.id"}]},
          {"name": "sales", "rows": 5000, "fields": [{"name": "id", "primary_key": true}, {"name": "product_id", "references": "products.id"}]}]}
        """
        let scaled = RowScale.scaled(try Schema.decode(text: text).get(), factRows: factRows)
        let rows = Dictionary(uniqueKeysWithValues: scaled.entities.map { ($0.name, $0.rows) })
        #expect((rows["departments"] ?? 0) <= listed && (rows["departments"] ?? 0) >= 1, "seed \(seed): \(rows) with \(listed) listed")
        #expect(rows["sales"] == factRows, "seed \(seed): \(rows)")
    }
}
