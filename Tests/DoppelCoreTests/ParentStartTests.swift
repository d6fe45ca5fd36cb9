import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A child's dates are not before its parent began: albums after their
/// artist's debut, orders after their store opened. Schemas drawn from a
/// seeded generator (start as a year or a date, child date or datetime); a
/// failure prints its seed.
@Suite struct ParentStartTests {
    @Test func childDatesFollowTheirParentsStart() throws {
        for seed in UInt64(1)...40 {
            var rng = FuzzRandom(seed: seed)
            let (parent, child) = rng.pick([("artists", "albums"), ("stores", "orders"), ("companies", "products"), ("bands", "concerts")])
            let yearStart = rng.chance(0.5)
            let startField = yearStart
                ? #"{"name": "\#(rng.pick(["debut_year", "year_founded", "established_year"]))", "type": "integer", "min": 1950, "max": 2024}"#
                : #"{"name": "\#(rng.pick(["founded_on", "opened_at", "debut_date"]))", "type": "\#(rng.pick(["date", "datetime"]))", "kind": "date.past", "years": 40}"#
            let childType = rng.pick(["date", "datetime"])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": \(rng.int(2...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, \(startField)]},
              {"name": "\(child)", "rows": \(rng.int(10...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(String(parent.dropLast()))_id", "references": "\(parent).id"},
                {"name": "\(rng.pick(["release_date", "held_on", "launched_at"]))", "type": "\(childType)"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let starts = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1] ?? "") })
            var early = 0
            for row in TestSupport.table(plan, child) {
                guard let s = starts[row[1] ?? ""], let d = row[2] else { continue }
                let startKey = yearStart ? s + "-01-01" : String(s.prefix(10))
                if String(d.prefix(10)) < startKey { early += 1 }
            }
            #expect(early == 0, "seed \(seed): \(early) \(child) dated before their \(parent)'s start\n\(json)")
        }
    }
}
