import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A range's top is at or above its bottom: drawn stems, spellings, types, bounds and row counts.
@Suite struct RangeOrderTests {
    @Test(arguments: [UInt64(1101), 1102, 1103, 1104, 1105, 1106])
    func theTopOfARangeIsAboveItsBottom(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let stem = rng.pick(["salary", "price", "temperature", "age", "budget", "guests", "rate"])
        let (low, high) = rng.pick(ColumnNames.rangeSpellings)
        let lowName = low.replacingOccurrences(of: "*", with: stem), highName = high.replacingOccurrences(of: "*", with: stem)
        let type = rng.pick(["integer", "decimal", "float"])
        let rows = rng.int(1...3000)
        let schema = """
        {"name": "ranges", "seed": \(seed), "entities": [{"name": "things", "rows": \(rows), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(highName)", "type": "\(type)", "kind": "number.\(type == "integer" ? "integer" : "decimal")", "min": 1, "max": 500},
          {"name": "\(lowName)", "type": "\(type)", "kind": "number.\(type == "integer" ? "integer" : "decimal")", "min": 1, "max": 500}]}]}
        """
        let plan = try TestSupport.plan(schema)
        var below = 0
        for row in TestSupport.table(plan, "things") {
            guard let top = Double(row[1] ?? ""), let bottom = Double(row[2] ?? "") else { continue }
            if top < bottom { below += 1 }
        }
        #expect(below == 0, "seed \(seed): \(below) of \(rows) rows have \(highName) below \(lowName)")
    }
}
