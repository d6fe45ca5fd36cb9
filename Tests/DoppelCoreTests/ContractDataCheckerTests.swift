import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct ContractDataCheckerTests {
    static let schema: Schema = {
        var customerID = Field(name: "id", type: .integer, kind: "id.sequence")
        customerID.primaryKey = true
        var email = Field(name: "email", type: .string, kind: "internet.email")
        email.unique = true
        var orderID = Field(name: "id", type: .integer, kind: "id.sequence")
        orderID.primaryKey = true
        var fk = Field(name: "customer_id", type: .integer)
        fk.references = FieldReference(entity: "customers", field: "id")
        var note = Field(name: "note", type: .text)
        note.nullable = 0.5
        let day = Field(name: "day", type: .date)
        return Schema(name: "t", entities: [
            Entity(name: "customers", rows: 3, fields: [customerID, email]),
            Entity(name: "orders", rows: 4, fields: [orderID, fk, note, day], uniqueTogether: [["customer_id", "day"]]),
        ])
    }()

    func checker(orders: [[JSON]], customers: [[JSON]] = [[1, "a@x.io"], [2, "b@x.io"], [3, "c@x.io"]]) -> ValidationReport {
        var c = DataChecker(schema: Self.schema)
        c.observe(entity: "orders", rows: orders)  // children first: order does not matter
        c.observe(entity: "customers", rows: customers)
        return c.report()
    }

    static let clean: [[JSON]] = [[1, 1, "x", "2024-01-01"], [2, 2, nil, "2024-01-02"], [3, 3, "y", "2024-01-03"], [4, 1, nil, "2024-01-04"]]

    @Test func cleanDataScoresTen() {
        let r = checker(orders: Self.clean)
        #expect(r.status == .completed)
        let failed = r.checks.filter { !$0.passed }
        #expect(failed.isEmpty, "\(failed)")
        #expect(r.score == 10)
        #expect(r.entityTypes == ["customers", "orders"])
        #expect(r.checks.contains { $0.family == .references && $0.target == "orders.customer_id" })
        #expect(r.checks.contains { $0.family == .unique && $0.target == "orders.(customer_id, day)" })
    }

    @Test func aDanglingReferenceFailsItsCheck() {
        var rows = Self.clean
        rows[0][1] = 99
        let r = checker(orders: rows)
        let check = r.checks.first { $0.family == .references }
        #expect(check?.passed == false)
        #expect(check?.detail == "1 distinct values missing from customers.id")
        #expect(r.score < 10)
    }

    @Test func duplicatesTypesAndNullsAreCaught() {
        var rows = Self.clean
        rows[1][0] = 1                  // duplicate key
        rows[2][3] = "Jan 3"            // not a date
        let r = checker(orders: rows, customers: [[1, "a@x.io"], [2, "a@x.io"], [3, nil]])  // duplicate email, NULL email
        #expect(r.checks.first { $0.target == "orders.id" && $0.family == .unique }?.passed == false)
        #expect(r.checks.first { $0.target == "customers.email" && $0.family == .unique }?.passed == false)
        #expect(r.checks.first { $0.target == "orders.day" && $0.family == .types }?.passed == false)
        #expect(r.checks.first { $0.target == "customers.email" && $0.family == .nulls }?.detail == "1 NULLs in a NOT NULL column")
        #expect(r.score <= 8)
    }

    /// 400 orders on distinct days; `nullEvery` of them have a NULL note.
    static func orders(nullEvery: Int) -> [[JSON]] {
        (0..<400).map { i in
            let day = "20\(10 + i / 365)-01-01".prefix(4) + "-\(String(format2: 1 + i % 12))-\(String(format2: 1 + i % 28))"
            return [.int(Int64(i + 1)), .int(Int64(1 + i % 3)), i % nullEvery == 0 ? nil : "x", .string(String(day))]
        }
    }

    @Test func nullRatesAreComparedWithWhatWasAsked() {
        let allNull = checker(orders: Self.orders(nullEvery: 1))
        let check = allNull.checks.first { $0.target == "orders.note" && $0.family == .nulls }
        #expect(check?.passed == false)
        #expect(check?.detail == "NULL rate 100.0% (asked 50.0%)")
        let half = checker(orders: Self.orders(nullEvery: 2))
        #expect(half.checks.first { $0.target == "orders.note" && $0.family == .nulls }?.passed == true)
    }

    @Test func repeatedPairsFailUniqueTogether() {
        var rows = Self.clean
        rows[1][1] = 1
        rows[1][3] = "2024-01-01"
        let r = checker(orders: rows)
        #expect(r.checks.first { $0.target == "orders.(customer_id, day)" }?.passed == false)
    }

    @Test func nothingObservedIsSkipped() {
        let r = DataChecker(schema: Self.schema).report()
        #expect(r.status == .skipped)
        #expect(r.score == 0)
        #expect(r.json["validation_status"] == "skipped")
    }

    @Test func scoreAveragesFamilies() {
        let pass = ValidationCheck(family: .types, target: "a", passed: true, detail: "")
        let fail = ValidationCheck(family: .references, target: "b", passed: false, detail: "")
        #expect(ValidationReport(entityTypes: [], checks: [pass, fail]).score == 5)
        #expect(ValidationReport(entityTypes: [], checks: [pass, pass]).score == 10)
    }
}

private extension String {
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
