import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A child's place among its parent's counted parts lies within the count: a unit's floor is at most its
/// building's floors. Drawn ordinal and count spellings, count ranges, row counts and seeds.
@Suite struct UpToParentCountTests {
    @Test(arguments: [UInt64(1001), 1002, 1003, 1004, 1005])
    func anOrdinalStaysWithinItsParentsCount(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let ordinal = rng.pick(["floor", "level", "row", "deck", "stage"])
        let count = rng.pick(["\(ordinal)s", "num_\(ordinal)s", "\(ordinal)_count", "number_of_\(ordinal)s", "total_\(ordinal)s"])
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
}
