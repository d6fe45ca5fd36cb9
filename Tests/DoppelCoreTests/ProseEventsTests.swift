import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's "transactions with merchant and category" planned transactions of a merchant and a category, with no
/// amount and no date. An event its prose describes keeps when it happened and what it was worth. Drawn tables and
/// described columns.
@Suite struct ProseEventsTests {
    @Test(arguments: 1...12) func anEventDescribedInProseKeepsItsMomentAndAmount(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (table, owner, money) = rng.pick([("transactions", "accounts", true), ("payments", "customers", true),
                                              ("donations", "donors", true), ("orders", "customers", true),
                                              ("visits", "patients", false), ("check_ins", "members", false)])
        let described = rng.pick(["merchant and category", "channel and notes", "status and reference", "method and note"])
        let prompt = "An app with \(owner) and \(table) with \(described)"
        let schema = Planner().plan(prompt).schema
        let e = try #require(schema.entity(named: table), "\(prompt): \(schema.entities.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 20)).get()
        #expect(!TestSupport.table(plan, table).isEmpty, "\(prompt)")
        let times = e.fields.filter { $0.type == .date || $0.type == .datetime }
        #expect(!times.isEmpty, "\(prompt): \(e.fields.map(\.name))")
        if money {
            #expect(e.fields.contains { $0.name.contains("amount") || ["total", "price", "fee"].contains($0.name) },
                    "\(prompt): \(e.fields.map(\.name))")
        }
    }
}
