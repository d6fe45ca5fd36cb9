import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// What a batch made, sold and lost agree on every row (a stranger's bakery prompt once had 8
/// baked, 10 sold and 21 wasted): drawn column names, types and row counts.
@Suite struct StockFlowTests {
    @Test(arguments: 1...10) func aBatchSellsAtMostWhatItMade(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 7 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let made = pick(["quantity_baked", "units_produced", "brewed", "qty_made", "jars_bottled", "loaves_baked", "stocked"])
        let sold = pick(["quantity_sold", "units_sold", "sold", "served", "qty_used", "shipped"])
        let left = pick(["waste", "units_wasted", "leftover", "unsold", "discarded", "spoilage"])
        let type = pick(["integer", "integer", "decimal"])
        let plan = try TestSupport.plan("""
        {"name": "bakery", "seed": \(seed), "entities": [{"name": "daily_batches", "rows": \(200 + g.next() % 2000), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(made)", "type": "\(type)", "min": 10, "max": 300},
          {"name": "\(sold)", "type": "\(type)", "min": 1, "max": 400},
          {"name": "\(left)", "type": "\(type)", "min": 0, "max": 50}]}]}
        """)
        for row in TestSupport.table(plan, "daily_batches") {
            let m = try #require(Double(row[1] ?? "")), s = try #require(Double(row[2] ?? "")), l = try #require(Double(row[3] ?? ""))
            #expect(s <= m + 0.001 && s >= 0 && l >= -0.001, "\(made) \(m) \(sold) \(s) \(left) \(l)")
            #expect(abs(s + l - m) <= 0.011, "\(made) \(m) = \(sold) \(s) + \(left) \(l)")
        }
    }

    /// A count named before what was done with it is a count (`quantity_baked` was a yes/no), and
    /// `waste` counts units lost.
    @Test func aCountNamedForWhatWasDoneIsACount() {
        for first in ["quantity", "qty", "units"] {
            for act in ["baked", "produced", "returned", "made", "sold", "brewed", "shipped", "received", "built"] {
                let s = ColumnLexicon.spec("\(first)_\(act)", ColumnContext(entity: "batch", nature: .thing, domain: nil))
                #expect(s?.type == .integer, "\(first)_\(act): \(String(describing: s?.type)) \(s?.kind ?? "")")
            }
        }
        for name in ["waste", "wastage", "spoilage"] {
            #expect(ColumnLexicon.spec(name, ColumnContext(entity: "batch", nature: .thing, domain: nil))?.type == .integer, "\(name)")
        }
    }
}
