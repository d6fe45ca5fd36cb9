import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Free text written for its row, values derived through a reference, and
/// status ↔ timestamps: each rule holds on every row.
@Suite struct RowCoherenceTests {
    static let store = #"""
    {"name": "store", "seed": 9, "entities": [
      {"name": "categories", "rows": 5, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "name", "type": "string", "kind": "commerce.category", "unique": true},
        {"name": "description", "type": "text", "kind": "text.description"}]},
      {"name": "products", "rows": 400, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "name", "type": "string", "kind": "commerce.product_name"},
        {"name": "category_id", "type": "integer", "references": "categories.id"},
        {"name": "price", "type": "decimal", "kind": "commerce.price"},
        {"name": "description", "type": "text", "kind": "text.description"}]},
      {"name": "orders", "rows": 100000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "status", "type": "string", "kind": "commerce.order_status"},
        {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
        {"name": "shipped_at", "type": "datetime", "kind": "datetime.past"},
        {"name": "delivered_at", "type": "datetime", "kind": "datetime.past"},
        {"name": "cancelled_at", "type": "datetime", "kind": "datetime.past"}]},
      {"name": "order_items", "rows": 100000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "order_id", "type": "integer", "references": "orders.id"},
        {"name": "product_id", "type": "integer", "references": "products.id"},
        {"name": "quantity", "type": "integer", "kind": "commerce.quantity"},
        {"name": "unit_price", "type": "decimal", "kind": "commerce.price"},
        {"name": "total", "type": "decimal"}]},
      {"name": "reviews", "rows": 20000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "product_id", "type": "integer", "references": "products.id"},
        {"name": "product_name", "type": "string", "kind": "commerce.product_name"},
        {"name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
        {"name": "title", "type": "string", "kind": "text.title"},
        {"name": "body", "type": "text", "kind": "text.paragraph"}]}]}
    """#

    static let plan = Result { try TestSupport.plan(store) }

    /// Each table generated once for the whole suite (100,000 rows take a while in a debug build).
    static let tables: [String: [[String: String?]]] = {
        guard let plan = try? plan.get() else { return [:] }
        var out: [String: [[String: String?]]] = [:]
        for e in plan.entities {
            let names = e.fields.map(\.name)
            out[e.name] = TestSupport.table(plan, e.name).map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
        }
        return out
    }()

    func rows(_ entity: String) throws -> [[String: String?]] {
        try #require(Self.tables[entity], "no table \(entity)")
    }

    @Test func orderTimestampsFollowTheStatus() throws {
        let orders = try rows("orders")
        #expect(orders.count == 100_000)
        var broken = 0
        for o in orders {
            let stage = LifecycleStage(status: (o["status"] ?? nil) ?? "")
            let shipped = (o["shipped_at"] ?? nil) != nil, delivered = (o["delivered_at"] ?? nil) != nil
            let cancelled = (o["cancelled_at"] ?? nil) != nil
            let ok: Bool
            switch stage {
            case .open: ok = !shipped && !delivered && !cancelled
            case .shipped: ok = shipped && !delivered && !cancelled
            case .delivered, .returned: ok = shipped && delivered && !cancelled
            case .cancelled: ok = !shipped && !delivered && cancelled
            case .resolved, .paid, .finished: ok = false  // not order statuses
            }
            if !ok { broken += 1 }
            if let s = o["shipped_at"] ?? nil, let d = o["delivered_at"] ?? nil { #expect(s <= d) }
        }
        #expect(broken == 0, "\(broken) orders whose timestamps contradict their status")
    }

    @Test func ticketsHaveAResolutionTimeOnlyOnceResolvedOrClosed() throws {
        let text = #"""
        {"name": "desk", "seed": 4, "entities": [{"name": "tickets", "rows": 100000, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "status", "type": "string", "kind": "enum", "values": ["open", "in_progress", "resolved", "closed"]},
          {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "resolved_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        let rows = TestSupport.table(plan, "tickets")
        #expect(rows.count == 100_000)
        let broken = rows.filter { row in
            let done = row[1] == "resolved" || row[1] == "closed"
            return done != (row[3] != nil) || (row[3].map { $0 < (row[2] ?? "") } ?? false)
        }.count
        #expect(broken == 0)
    }

    @Test func theCheckerExpectsTheNullsTheStatusesImply() throws {
        let plan = try Self.plan.get()
        let shipped = try #require(plan.schema.entity(named: "orders")?.fields.first { $0.name == "shipped_at" })
        // pending 0.1 + processing 0.12 + cancelled 0.06 of the order-status weights have no shipment.
        #expect(abs((shipped.nullable ?? 0) - 0.28) < 1e-9)
    }

    @Test func unitPriceIsTheProductsPriceWithTheDocumentedDiscount() throws {
        let prices = Dictionary(uniqueKeysWithValues: try rows("products").map { (($0["id"] ?? nil) ?? "", Double((($0["price"] ?? nil) ?? "")) ?? -1) })
        let items = try rows("order_items")
        #expect(items.count == 100_000)
        var atList = 0, bad = 0
        for item in items {
            guard let price = prices[(item["product_id"] ?? nil) ?? ""], let unit = Double((item["unit_price"] ?? nil) ?? "") else { bad += 1; continue }
            let factor = unit / price
            if abs(unit - price) < 0.005 { atList += 1; continue }
            // 5, 10, 15 or 20 % off, to the cent.
            if !PriceDiscount.steps.contains(where: { abs(unit - (price * (1 - $0) * 100).rounded() / 100) < 0.011 }) || factor > 1 { bad += 1 }
        }
        #expect(bad == 0)
        let share = Double(atList) / Double(items.count)
        #expect(share > 0.78 && share < 0.82, "list-price share \(share)")
    }

    @Test func copiedColumnsEqualTheirParents() throws {
        let names = Dictionary(uniqueKeysWithValues: try rows("products").map { (($0["id"] ?? nil) ?? "", ($0["name"] ?? nil) ?? "") })
        let reviews = try rows("reviews")
        #expect(reviews.allSatisfy { names[($0["product_id"] ?? nil) ?? ""] == ($0["product_name"] ?? nil) })
    }

    @Test func productsSpeakTheirCategorysVocabulary() throws {
        let categories = Dictionary(uniqueKeysWithValues: try rows("categories").map { (($0["id"] ?? nil) ?? "", ($0["name"] ?? nil) ?? "") })
        var described = 0
        let products = try rows("products")
        for p in products {
            let category = try #require(categories[(p["category_id"] ?? nil) ?? ""])
            let index = try #require((0..<Words.categories.count).first { Words.categories.string($0) == category })
            let nouns = (0..<Words.productNouns[index].count).map { Words.productNouns[index].string($0) }
            let name = (p["name"] ?? nil) ?? ""
            #expect(nouns.contains { name.hasSuffix(" " + $0) }, "\(name) in \(category)")
            let description = (p["description"] ?? nil) ?? ""
            if description.contains(name) && description.lowercased().contains(category.lowercased()) { described += 1 }
        }
        #expect(described == products.count)
        for c in try rows("categories") {
            let name = (c["name"] ?? nil) ?? "?"
            #expect(((c["description"] ?? nil) ?? "").contains(name))
        }
    }

    @Test func reviewTextLeansTheWayItsRatingDoes() throws {
        let names = Dictionary(uniqueKeysWithValues: try rows("products").map { (($0["id"] ?? nil) ?? "", ($0["name"] ?? nil) ?? "") })
        for review in try rows("reviews") {
            let rating = Int((review["rating"] ?? nil) ?? "") ?? 0
            let body = (review["body"] ?? nil) ?? ""
            let title = (review["title"] ?? nil) ?? ""
            #expect(body.contains(names[(review["product_id"] ?? nil) ?? ""] ?? "\u{0}"), "\(body)")
            let list: [String]
            switch RowMood(stars: Double(rating)) {
            case .positive: list = RowPhrases.positiveClosers
            case .mixed: list = RowPhrases.mixedClosers
            case .negative: list = RowPhrases.negativeClosers
            }
            #expect(list.contains { body.hasSuffix($0) }, "rating \(rating): \(body)")
            let titles: [String]
            switch RowMood(stars: Double(rating)) {
            case .positive: titles = RowPhrases.positiveTitles
            case .mixed: titles = RowPhrases.mixedTitles
            case .negative: titles = RowPhrases.negativeTitles
            }
            #expect(titles.contains { $0.replacingOccurrences(of: "{n}", with: "product") == title }, "rating \(rating): \(title)")
        }
    }

    @Test func rowTextIsAPureFunctionOfTheCell() throws {
        let plan = try TestSupport.plan(Self.store.replacingOccurrences(of: "100000", with: "3000"))
        let whole = try TestSupport.outputs(plan, .csv, threads: 1)
        let parallel = try TestSupport.outputs(plan, .csv, threads: 3, blockRows: 777)
        #expect(whole == parallel)
    }
}
