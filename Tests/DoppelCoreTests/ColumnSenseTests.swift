import Foundation
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Names read by their structure: a participle before a plural counts people or things, a unit
/// before a participle is an amount of it, an expiry is a day (a card's a month), and a bill is
/// issued when its month ends, due weeks later. Drawn names and tables.
@Suite struct ColumnSenseTests {
    static func spec(_ name: String) -> ColumnSpec? { ColumnLexicon.spec(name, .neutral) }

    @Test func structureSaysWhatANameHolds() {
        var g = PlannerFuzzTests.SplitMix(state: 61)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        for _ in 0..<30 {
            let counted = pick(["registered", "enrolled", "failed", "completed", "verified", "invited"]) + "_" + pick(["voters", "students", "logins", "orders", "users", "guests"])
            #expect(Self.spec(counted)?.type == .integer, "\(counted)")
            let amount = pick(["kwh", "liters", "gallons", "hours", "km", "minutes"]) + "_" + pick(["used", "consumed", "billed", "saved", "remaining"])
            #expect([.integer, .decimal, .float].contains(Self.spec(amount)?.type), "\(amount)")
            let expiry = pick(["certification", "license", "passport", "permit", "visa", "membership"]) + "_" + pick(["expiry", "expiration"])
            #expect(Self.spec(expiry)?.type == .date, "\(expiry)")
        }
        #expect(Self.spec("card_expiry")?.kind == "finance.card_expiry")
        #expect(Self.spec("passed_qc")?.type == .boolean)
        let hash = Self.spec("tx_hash")?.pattern ?? ""
        #expect(hash.hasPrefix("0x") && hash.count == 66)
        #expect(Self.spec("hemoglobin")?.type == .decimal)
        for (name, value) in [("trade", "Electrician"), ("party", "Independent"), ("queue", "Billing"), ("connector_type", "CCS")] {
            #expect(Self.spec(name)?.values?.compactMap(\.stringValue).contains(value) == true, "\(name)")
        }
    }

    @Test func tablesDecideSomeMeasures() {
        func field(_ prompt: String, _ table: String, _ column: String) -> Field? {
            Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
        }
        let power = field("EV charging: stations (name, connector_type, power_kw) and sessions", "stations", "power_kw")
        #expect(power?.kind == "enum" && power?.values?.compactMap(\.doubleValue).contains(150) == true)
        #expect(field("Blood bank: donors and donations (donated_on, volume_ml)", "donations", "volume_ml")?.min == 450)
        #expect(field("Shelter: animals, adopters and adoptions (adopted_on, fee)", "adoptions", "fee")?.min ?? 0 >= 50)
        let units = field("Blood bank: inventory units (blood_type, expires_on, status)", "inventory_units", "status")
        #expect(units?.values?.compactMap(\.stringValue).contains("expired") == true)
        let wallets = field("Crypto exchange: users, wallets (currency, balance) and trades", "wallets", "currency")
        #expect(wallets?.values?.compactMap(\.stringValue).contains("BTC") == true)
        let fiat = field("Bank: customers and accounts (currency, balance)", "accounts", "currency")
        #expect(fiat?.values?.compactMap(\.stringValue).contains("BTC") != true)
    }

    @Test func aBillIsIssuedWhenItsMonthEnds() throws {
        for (i, table) in ["bills", "invoices", "statements"].enumerated() {
            let plan = try TestSupport.plan(#"""
                {"name": "utility", "seed": \#(i), "entities": [{"name": "\#(table)", "rows": 300, "fields": [
                  {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                  {"name": "period_start", "type": "date", "kind": "date.past"},
                  {"name": "period_end", "type": "date", "kind": "date.past"},
                  {"name": "due_date", "type": "date", "kind": "date.future"},
                  {"name": "paid_on", "type": "date", "kind": "date.past"}]}]}
                """#)
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd"
            f.timeZone = TimeZone(identifier: "UTC")
            func day(_ s: String?) -> Date? { s.flatMap { f.date(from: $0) } }
            for row in TestSupport.table(plan, table) {
                guard let start = day(row[1]), let end = day(row[2]), let due = day(row[3]) else { continue }
                let days = end.timeIntervalSince(start) / 86_400
                #expect(days >= 28 && days <= 31, "\(table): \(row)")
                #expect(due > end && due.timeIntervalSince(end) <= 61 * 86_400, "\(table): \(row)")
                if let paid = day(row[4]) { #expect(paid >= end, "\(table): \(row)") }
            }
        }
    }
}
