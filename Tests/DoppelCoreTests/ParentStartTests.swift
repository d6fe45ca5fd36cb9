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

    /// A parent with no date of its own passes on its parent's start: a play of a track comes after its
    /// album was released, a view of an episode after its show premiered. Drawn names, types and counts.
    @Test func grandchildDatesFollowTheStartAboveTheirParent() throws {
        for seed in UInt64(1)...30 {
            var rng = FuzzRandom(seed: seed)
            let (top, middle, bottom) = rng.pick([("albums", "tracks", "plays"), ("shows", "episodes", "views"),
                                                  ("books", "chapters", "reads"), ("courses", "lessons", "completions")])
            let start = rng.pick(["release_date", "published_on", "premiered_at", "launched_at", "released_at"])
            let topType = rng.pick(["date", "datetime"]), bottomType = rng.pick(["date", "datetime"])
            let when = rng.pick(["played_at", "viewed_at", "occurred_at", "logged_on"])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "\(top)", "rows": \(rng.int(2...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(start)", "type": "\(topType)", "kind": "\(topType).past"}]},
              {"name": "\(middle)", "rows": \(rng.int(10...100)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(String(top.dropLast()))_id", "references": "\(top).id"}, {"name": "title", "type": "string", "kind": "media.title"}]},
              {"name": "\(bottom)", "rows": \(rng.int(50...600)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(String(middle.dropLast()))_id", "references": "\(middle).id"},
                {"name": "\(when)", "type": "\(bottomType)", "kind": "\(bottomType).past"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let starts = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, top).map { ($0[0] ?? "", String(($0[1] ?? "").prefix(10))) })
            let parents = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, middle).map { ($0[0] ?? "", $0[1] ?? "") })
            var early = 0, checked = 0
            for row in TestSupport.table(plan, bottom) {
                guard let m = row[1], let t = parents[m], let s = starts[t], let d = row[2] else { continue }
                checked += 1
                if String(d.prefix(10)) < s { early += 1 }
            }
            #expect(checked > 0 && early == 0, "seed \(seed): \(early) of \(checked) \(bottom) before their \(top)' \(start)\n\(json)")
        }
    }
}
