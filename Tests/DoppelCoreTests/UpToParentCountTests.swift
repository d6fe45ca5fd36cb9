import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A child's place among its parent's counted parts lies within the count: a unit's floor is at most its
/// building's floors. Drawn ordinal and count spellings, count ranges, row counts and seeds.
@Suite struct UpToParentCountTests {
    @Test(arguments: [UInt64(1001), 1002, 1003, 1004, 1005])
    func anOrdinalStaysWithinItsParentsCount(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let part = rng.pick(["floor", "level", "row", "deck", "stage", "track"])
        let ordinal = part + rng.pick(["", "", "_number", "_no"])
        let count = rng.pick(["\(part)s", "num_\(part)s", "\(part)_count", "number_of_\(part)s", "total_\(part)s"])
        let maxCount = rng.int(1...60)
        let parents = rng.int(1...30), rows = rng.int(1...3000)
        let schema = """
        {"name": "parts", "seed": \(seed), "entities": [
          {"name": "buildings", "rows": \(parents), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(count)", "type": "integer", "kind": "number.integer", "min": 1, "max": \(maxCount)}]},
          {"name": "units", "rows": \(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(ordinal)", "type": "integer", "kind": "number.integer", "min": 1, "max": 200},
            {"name": "building_id", "type": "integer", "references": "buildings.id"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let counts = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "buildings").map { ($0[0] ?? "", Int($0[1] ?? "") ?? 0) })
        var outside = 0
        for row in TestSupport.table(plan, "units") {
            guard let n = Int(row[1] ?? ""), let c = counts[row[2] ?? ""] else { continue }
            if n < 1 || n > c { outside += 1 }
        }
        #expect(outside == 0, "seed \(seed): \(outside) of \(rows) \(ordinal) outside 1…\(count)")
    }

    /// How much of its parent a row used (`seconds_played` of a track, `pages_read` of a book) is at most the
    /// parent's length in that unit, and often all of it.
    @Test(arguments: [UInt64(1011), 1012, 1013, 1014])
    func aPartUsedStaysWithinTheParentsLength(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, length, child, used) = rng.pick([("tracks", "duration_seconds", "plays", "seconds_played"),
                                                      ("books", "pages", "reading_sessions", "pages_read"),
                                                      ("episodes", "runtime_minutes", "views", "minutes_watched"),
                                                      ("songs", "length_seconds", "streams", "seconds_streamed"),
                                                      ("books", "page_count", "progress", "pages_read")])
        let rows = rng.int(1...3000)
        let schema = """
        {"seed": \(seed), "entities": [
          {"name": "\(parent)", "rows": \(rng.int(1...50)), "fields": [
            {"name": "id", "primary_key": true}, {"name": "\(length)", "type": "integer", "min": 1, "max": \(rng.int(1...900))}]},
          {"name": "\(child)", "rows": \(rows), "fields": [
            {"name": "id", "primary_key": true}, {"name": "item_id", "type": "integer", "references": "\(parent).id"},
            {"name": "\(used)", "type": "integer", "min": 1, "max": 5000}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let lengths = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", Int($0[1] ?? "") ?? 0) })
        var whole = 0
        for row in TestSupport.table(plan, child) {
            let n = try #require(row[2].flatMap { Int($0) }), top = try #require(lengths[row[1] ?? ""])
            #expect(n >= 1 && n <= top, "\(used) \(n) of \(length) \(top)")
            if n == top { whole += 1 }
        }
        #expect(rows < 100 || whole > rows / 4, "\(whole) of \(rows) ran to the end")
    }
}
