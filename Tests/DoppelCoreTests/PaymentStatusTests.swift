import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// An invoice's or bill's dates agree with its status and each other, over drawn
/// tables: a payment date exactly when a status says paid (whatever the column's own
/// `nullable`), after the record was issued, and a due date a week to two months
/// after issue. An order that has a `paid` status keeps its payment date once it ships.
@Suite struct PaymentStatusTests {
    static let paidLike = ["paid", "partially_paid", "settled", "refunded"]
    static let unpaidLike = ["draft", "sent", "open", "unpaid", "overdue", "pending", "void", "cancelled"]

    @Test(arguments: [UInt64(61), 62, 63, 64, 65])
    func paymentDatesFollowTheStatus(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let entity = rng.pick(["invoices", "bills", "vendor_invoices", "statements", "fees", "charges"])
            let issued = rng.pick(["issued_on", "issue_date", "invoice_date", "created_at", "filed_on", "issued_at"])
            let due = rng.pick(["due_date", "due_on", "payment_due_date"])
            let paid = rng.pick(["paid_at", "paid_on", "date_paid", "settled_at", "paid_date"])
            // A status that says paid turns the gate on (a refund alone does not: see the order test).
            var values = [rng.pick(["paid", "partially_paid", "settled"])]
            for v in Self.unpaidLike + Self.paidLike where rng.chance(0.35) && !values.contains(v) { values.append(v) }
            if !values.contains(where: { Self.unpaidLike.contains($0) }) { values.append(rng.pick(Self.unpaidLike)) }
            let dateType = rng.chance(0.5) ? "date" : "datetime"
            let text = """
            {"seed": \(rng.int(1...99_999)), "reference_date": "2025-06-01", "entities": [{"name": "\(entity)", "rows": 800, "fields": [
              {"name": "id", "primary_key": true}, {"name": "\(issued)", "type": "date", "kind": "date.past"},
              {"name": "\(due)", "type": "date", "kind": "date.future"},
              {"name": "status", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "\(paid)", "type": "\(dateType)", "kind": "\(dateType).past", "nullable": \(rng.pick([0, 0.2, 0.5]))}]}]}
            """
            let plan = try TestSupport.plan(text)
            for r in TestSupport.table(plan, entity) {
                let issuedOn = try #require(r[1]), dueOn = try #require(r[2]), status = try #require(r[3])
                let wasPaid = Self.paidLike.contains(status)
                #expect((r[4] != nil) == wasPaid, "\(entity) \(status) with \(paid) \(r[4] ?? "NULL") in \(values)")
                if let p = r[4] { #expect(String(p.prefix(10)) >= issuedOn, "\(paid) \(p) before \(issued) \(issuedOn)") }
                let gap = try #require(CivilTime.parse(dueOn)) - (try #require(CivilTime.parse(issuedOn)))
                #expect((7 * 86_400...60 * 86_400).contains(gap), "\(due) \(dueOn) after \(issued) \(issuedOn)")
            }
        }
    }

    @Test func anOrderKeepsItsPaymentDateOnceItShips() throws {
        let text = """
        {"seed": 9, "entities": [{"name": "orders", "rows": 3000, "fields": [
          {"name": "id", "primary_key": true}, {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "status", "values": ["pending", "paid", "shipped", "delivered", "cancelled"]},
          {"name": "paid_at", "type": "datetime", "kind": "datetime.past"}]},
          {"name": "carts", "rows": 500, "fields": [
          {"name": "id", "primary_key": true}, {"name": "status", "values": ["pending", "shipped", "delivered"]},
          {"name": "paid_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        let plan = try TestSupport.plan(text)
        for r in TestSupport.table(plan, "orders") {
            let status = try #require(r[2])
            #expect((r[3] != nil) == ["paid", "shipped", "delivered"].contains(status), "\(status): \(r[3] ?? "NULL")")
        }
        // Without a status that says paid, the payment date is not gated at all.
        #expect(TestSupport.table(plan, "carts").allSatisfy { $0[2] != nil })
    }
}
