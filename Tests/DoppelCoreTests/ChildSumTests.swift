import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A record's total is the sum of its lines as written, whatever the table and column names, the
/// precision, the row counts and the shard; a cycle through the lines' own values falls back instead
/// of hanging. Schemas drawn from a seeded generator; a failure prints its seed.
@Suite struct ChildSumTests {
    static func schema(_ rng: inout FuzzRandom, seed: UInt64) -> (json: String, parent: String, child: String) {
        let (parent, child) = rng.pick([("orders", "order_items"), ("invoices", "invoice_lines"), ("carts", "cart_items"),
                                        ("purchase_orders", "purchase_order_lines"), ("receipts", "receipt_items")])
        let total = rng.pick(["total", "total_amount", "subtotal", "order_total", "amount"])
        let line = rng.pick(["line_total", "total", "amount", "total_price", "extended_price"])
        let type = rng.pick(["decimal", "integer"])
        let json = """
        {"name": "s", "seed": \(seed), "entities": [
          {"name": "\(parent)", "rows": \(rng.int(1...400)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(total)", "type": "decimal", "min": 1, "max": 20}]},
          {"name": "\(child)", "rows": \(rng.int(0...2000)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(String(parent.dropLast()))_id", "references": "\(parent).id", "nullable": \(rng.pick([0, 0.1]))},
            {"name": "unit_price", "type": "decimal", "min": 1, "max": 300}, {"name": "quantity", "type": "integer", "min": 1, "max": 5},
            {"name": "\(line)", "type": "\(type)"}]}]}
        """
        return (json, parent, child)
    }

    @Test func aTotalIsTheSumOfItsLines() throws {
        for seed in UInt64(1)...20 {
            var rng = FuzzRandom(seed: seed)
            let (json, parent, child) = Self.schema(&rng, seed: seed)
            let plan = try TestSupport.plan(json)
            var sums: [String: Double] = [:]
            for row in TestSupport.table(plan, child) {
                guard let p = row[1], let v = row[4].flatMap(Double.init) else { continue }
                sums[p, default: 0] += v
            }
            var off: [String] = []
            for row in TestSupport.table(plan, parent) {
                let total = Double(row[1] ?? "") ?? -1
                if abs(total - (sums[row[0] ?? ""] ?? 0)) > 0.004 { off.append("\(row[0] ?? ""): \(total) vs \(sums[row[0] ?? ""] ?? 0)") }
            }
            #expect(off.count == 0, "seed \(seed): \(off.prefix(3))\n\(json)")
        }
    }

    /// Lines without an amount of their own are worth their price times their quantity, less their
    /// discount percent: the total is what a reader adds up from the columns shown.
    @Test func aTotalIsWhatItsLinesPriceAndQuantityMakeUp() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let withDiscount = rng.chance(0.5)
            let price = rng.pick(["unit_price", "price", "item_price"])
            let quantity = rng.pick(["quantity", "qty", "units"])
            // (a purchase order's lines cost their unit cost times their quantity: its `total_cost`)
            let total = seed % 3 == 0 ? "total_cost" : seed % 3 == 1 ? "total_amount" : "order_value"
            let cost = seed % 4 == 0 ? "unit_cost" : price
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "orders", "rows": \(rng.int(1...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(total)", "type": "decimal", "min": 1, "max": 20}]},
              {"name": "order_items", "rows": \(rng.int(0...1500)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "order_id", "references": "orders.id"}, {"name": "\(cost)", "type": "decimal", "min": 1, "max": 300},
                {"name": "\(quantity)", "type": "integer", "min": 1, "max": 9}\(withDiscount ? #", {"name": "discount", "kind": "commerce.discount"}"# : "")]}]}
            """
            let plan = try TestSupport.plan(json)
            var sums: [String: Double] = [:], lines: [String: Int] = [:]
            for row in TestSupport.table(plan, "order_items") {
                guard let o = row[1], let p = row[2].flatMap(Double.init), let q = row[3].flatMap(Double.init) else { continue }
                let d = withDiscount ? (row[4].flatMap(Double.init) ?? 0) : 0
                sums[o, default: 0] += p * q * (1 - d / 100)
                lines[o, default: 0] += 1
            }
            var off: [String] = []
            for row in TestSupport.table(plan, "orders") {
                let total = Double(row[1] ?? "") ?? -1, want = sums[row[0] ?? ""] ?? 0
                // Each line is rounded to the cent before it is added.
                if abs(total - want) > 0.005 * Double(lines[row[0] ?? ""] ?? 0) + 0.0051 { off.append("\(total) vs \(want)") }
            }
            #expect(off.count == 0, "seed \(seed): \(off.prefix(3))\n\(json)")
        }
    }

    /// Enough lines that the pass over them is split across threads: the sums are the same.
    @Test func manyLinesSumTheSameInParts() throws {
        let json = """
        {"name": "s", "seed": 12, "entities": [
          {"name": "orders", "rows": 900, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "total", "type": "decimal"}]},
          {"name": "order_items", "rows": 65000, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "order_id", "references": "orders.id"}, {"name": "unit_price", "type": "decimal", "min": 1, "max": 90},
            {"name": "quantity", "type": "integer", "min": 1, "max": 4}, {"name": "line_total", "type": "decimal"}]}]}
        """
        let plan = try TestSupport.plan(json)
        var sums: [String: Double] = [:]
        for row in TestSupport.table(plan, "order_items") { sums[row[1] ?? "", default: 0] += Double(row[4] ?? "") ?? 0 }
        let off = TestSupport.table(plan, "orders").filter { abs((Double($0[1] ?? "") ?? -1) - (sums[$0[0] ?? ""] ?? 0)) > 0.004 }
        #expect(off.isEmpty, "\(off.count) orders, first \(off.prefix(2))")
    }

    @Test func shardsOfTotalsConcatenateToTheWhole() throws {
        var rng = FuzzRandom(seed: 77)
        let plan = try TestSupport.plan(Self.schema(&rng, seed: 77).json)
        let whole = try TestSupport.outputs(plan, .csv, blockRows: 64)
        var joined: [String: [UInt8]] = [:]
        for k in 1...3 {
            for (name, bytes) in try TestSupport.outputs(plan, .csv, shard: #require(Shard(index: k, count: 3)), blockRows: 64) {
                joined[name, default: []] += bytes
            }
        }
        #expect(joined == whole)
    }

    /// Lines that read their parent's total (payments, a share of it) would need the total to compute the
    /// total: the lines keep their rule and the total its own kind.
    @Test func aCycleThroughTheLinesFallsBack() throws {
        let json = """
        {"name": "s", "seed": 3, "entities": [
          {"name": "invoices", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "total", "type": "decimal", "min": 1, "max": 20}]},
          {"name": "payment_lines", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "invoice_id", "references": "invoices.id"}, {"name": "amount", "type": "decimal", "min": 1, "max": 9}]}]}
        """
        let plan = try TestSupport.plan(json)
        let totals = TestSupport.column(plan, "invoices", "total").compactMap { $0.flatMap(Double.init) }
        #expect(totals.count == 50 && totals.allSatisfy { (1...20).contains($0) })
        #expect(TestSupport.table(plan, "payment_lines").count == 200)
    }
}
