import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelTestSupport

/// A food truck's `sales_transactions` were bank transactions with merchants and fraud flags, a school bus's
/// `daily_trip_logs` web audit events, a warehouse's `inventory_transactions` card payments; "adjuster notes free text"
/// and "labels many-to-many" made tables named so, with a museum's columns; "each hearing belongs to a case and is
/// presided by a judge" gave the judge to the case. Drawn settings and tables.
@Suite struct RecordsOfEventsTests {
    @Test(arguments: [UInt64(0x4E1), 0x4E2, 0x4E3])
    func aLogOrATransactionIsOfWhatItRecords(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let webOnes = ["audit logs", "access logs", "api logs"], moneyOnes = ["card transactions", "payment transactions"]
        let others = ["daily trip logs", "inventory transactions", "maintenance logs", "shift logs", "stock transactions"]
        for _ in 0..<4 {
            let other = rng.pick(others)
            let prompt = rng.pick(["a school bus company", "a warehouse", "a food truck", "a small depot"]) + " with buses, items, \(other)"
            let schema = Planner().plan(prompt).schema
            let name = other.replacingOccurrences(of: " ", with: "_")
            let e = try #require(schema.entities.first { $0.name == name }, "\(prompt): \(schema.entities.map(\.name))")
            let names = e.fields.map(\.name)
            // (no web visitor's and no card holder's columns)
            #expect(!names.contains { ["ip_address", "user_agent", "merchant", "is_fraud", "page_url"].contains($0) }, "\(prompt): \(names)")
        }
        for table in webOnes + moneyOnes {
            let prompt = "an app with users, accounts and \(table)"
            let e = try #require(Planner().plan(prompt).schema.entities.first { $0.name == table.replacingOccurrences(of: " ", with: "_") })
            let names = e.fields.map(\.name)
            #expect(names.contains { ["ip_address", "action", "method", "amount", "merchant", "path"].contains($0) }, "\(prompt): \(names)")
        }
        let sales = try #require(Planner().plan("a food truck with trucks and sales transactions").schema.entities.first { $0.name == "sales_transactions" })
        #expect(sales.fields.contains { $0.name == "quantity" } && !sales.fields.contains { $0.name == "merchant" }, "\(sales.fields.map(\.name))")
    }

    @Test func whatARowIsLikeIsNoPartOfItsName() {
        let names = Planner().plan("claims queue: claims, adjusters, adjuster notes free text, labels many-to-many").schema.entities.map(\.name)
        #expect(names.contains("adjuster_notes") && names.contains("labels"), "\(names)")
        #expect(!names.contains { $0.contains("free") || $0.contains("many") }, "\(names)")
    }

    @Test(arguments: ["presided", "heard", "chaired"])
    func aSecondClauseOfTheSameSubjectIsItsOwn(verb: String) throws {
        let prompt = "judges, cases, hearings. each hearing belongs to a case and is \(verb) by a judge"
        let schema = Planner().plan(prompt).schema
        let hearings = try #require(schema.entities.first { $0.name == "hearings" })
        let refs = hearings.fields.compactMap { $0.references?.entity }
        #expect(refs.contains("cases") && refs.contains("judges"), "\(prompt): \(refs)")
    }
}
