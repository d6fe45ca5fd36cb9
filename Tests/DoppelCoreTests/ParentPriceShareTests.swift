import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// An offer, bid, payment or deposit on a priced record is a share of that
/// record's price that fits what it is. Schemas drawn from a seeded generator
/// (names, price scales, row counts); a failure prints its seed.
@Suite struct ParentPriceShareTests {
    static let children: [(String, String, ClosedRange<Double>)] = [
        ("offers", "amount", 0.85...1.08), ("bids", "bid_amount", 0.85...1.08), ("payments", "amount", 1.0...1.0),
        ("deposits", "amount", 0.05...0.2),
    ]

    @Test func amountsFollowTheirParentsPrice() throws {
        for seed in UInt64(1)...40 {
            var rng = FuzzRandom(seed: seed)
            let (child, column, share) = rng.pick(Self.children)
            let parent = rng.pick(["listings", "vehicles", "artworks", "invoices", "lots", "bills"])
            // An invoice's or a bill's plain `amount` is what is owed.
            let owed = ["invoices", "bills"].contains(parent)
            let priceName = rng.pick(["price", "asking_price", "list_price", "total"] + (owed ? ["amount", "amount", "invoice_amount"] : []))
            let top = rng.pick([500.0, 90_000, 2_000_000])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": \(rng.int(2...50)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(priceName)", "type": "decimal", "min": \(top / 10), "max": \(top)}]},
              {"name": "\(child)", "rows": \(rng.int(10...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(String(parent.dropLast()))_id", "references": "\(parent).id"},
                {"name": "\(column)", "type": "decimal", "min": 1, "max": 1000}]}]}
            """
            let plan = try TestSupport.plan(json)
            let prices = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", Double($0[1] ?? "") ?? .nan) })
            var off = 0
            for row in TestSupport.table(plan, child) {
                guard let price = prices[row[1] ?? ""], let amount = Double(row[2] ?? "") else { off += 1; continue }
                if !(price * share.lowerBound - 0.01...price * share.upperBound + 0.01).contains(amount) { off += 1 }
            }
            #expect(off == 0, "seed \(seed): \(off) \(child).\(column) outside \(share) of \(parent).\(priceName)\n\(json)")
        }
    }

    /// A stranger's SaaS invoiced $17.48 to an account paying $79.29 a month. An invoice bills its account's monthly
    /// revenue or its order's total.
    @Test(arguments: 1...8) func anInvoiceBillsWhatItsParentCosts(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, price) = rng.pick([("accounts", "mrr"), ("customers", "monthly_revenue"), ("orders", "total"), ("subscriptions", "monthly_price"),
                                        ("orders", "total_amount")])
        let child = rng.pick(["invoices", "bills", "customer_invoices"])
        let column = rng.pick(["amount", "total", "amount_due", "total_amount"])
        let json = """
        {"name": "s", "seed": \(seed), "entities": [
          {"name": "\(parent)", "rows": \(rng.int(2...50)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(price)", "type": "decimal", "min": 10, "max": 5000}]},
          {"name": "\(child)", "rows": \(rng.int(10...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "parent_id", "references": "\(parent).id"}, {"name": "\(column)", "type": "decimal", "min": 1, "max": 1000}]}]}
        """
        let plan = try TestSupport.plan(json)
        let prices = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1] ?? "") })
        for row in TestSupport.table(plan, child) {
            #expect(prices[row[1] ?? ""] == row[2], "\(child).\(column) \(row[2] ?? "") vs \(parent).\(price)")
        }
    }

    /// A loan's amount is paid off in instalments: a payment of a loan is not the whole of it.
    @Test func aLoansAmountIsNoPriceAPaymentSettles() throws {
        let json = """
        {"name": "s", "seed": 3, "entities": [
          {"name": "loans", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "amount", "type": "decimal", "min": 50000, "max": 90000}]},
          {"name": "payments", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "loan_id", "references": "loans.id"}, {"name": "amount", "type": "decimal", "min": 100, "max": 2000}]}]}
        """
        let plan = try TestSupport.plan(json)
        #expect(TestSupport.column(plan, "payments", "amount").compactMap { $0.flatMap(Double.init) }.allSatisfy { $0 <= 2000 })
    }
}
