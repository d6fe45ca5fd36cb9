import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Counts distinct cell values per column through the real writer path, hashing
/// each cell so a million rows need no million strings.
final class DistinctSink: ByteSink {
    var seen: [Set<UInt64>]
    var rows = 0
    var pending: [UInt8] = []
    let columns: Int

    init(columns: Int) {
        self.columns = columns
        seen = Array(repeating: [], count: columns)
        for i in 0..<columns { seen[i].reserveCapacity(1_000_000) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        // JSONL-free CSV without quotes here: lines of comma-separated fields.
        pending.append(contentsOf: bytes)
        var start = 0
        for i in 0..<pending.count where pending[i] == 10 {
            var field = 0
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for j in start..<i {
                if pending[j] == 44 {
                    seen[field].insert(h)
                    field += 1
                    h = 0xCBF2_9CE4_8422_2325
                } else {
                    h = (h ^ UInt64(pending[j])) &* 0x0000_0100_0000_01B3
                }
            }
            seen[field].insert(h)
            rows += 1
            start = i + 1
        }
        pending.removeFirst(start)
    }
}

@Suite struct UniquenessTests {
    @Test func uniqueFieldsAreUniqueAtAMillionRows() throws {
        let text = #"""
        {"name": "u", "entities": [{"name": "t", "rows": 1000000, "fields": [
          {"name": "email", "kind": "internet.email", "unique": true},
          {"name": "code", "kind": "id.pattern", "pattern": "AB-########", "unique": true},
          {"name": "n", "type": "integer", "kind": "number.integer", "min": 1, "max": 1500000, "unique": true},
          {"name": "uuid", "kind": "id.uuid", "unique": true},
          {"name": "username", "kind": "internet.username", "unique": true},
          {"name": "phone", "kind": "phone.number", "unique": true},
          {"name": "card", "kind": "finance.card_number", "unique": true}]}]}
        """#
        let plan = try TestSupport.plan(text)
        let g = DatasetGenerator(plan: plan)
        let sink = DistinctSink(columns: 7)
        var options = GenerationOptions(threads: 2)
        options.shard = .whole
        let output = try #require(g.outputs(for: .csv).first)
        try g.write(output, format: .csv, to: sink, options: options)
        #expect(sink.rows == 1_000_001)  // with the header
        for (c, name) in plan.entities[0].columnNames.enumerated() {
            // FNV-64 collisions among a million values are vanishingly unlikely (≈3·10⁻⁸).
            #expect(sink.seen[c].count == 1_000_001, "\(name): \(sink.seen[c].count - 1) distinct of 1,000,000")
        }
    }

    @Test func permutationsAreBijections() {
        for domain: UInt64 in [1, 2, 3, 10, 97, 1000, 4096, 12345] {
            let p = IndexPermutation(domain: domain, key: domain &* 31)
            let image = Set((0..<domain).map { p($0) })
            #expect(image.count == Int(domain))
            #expect(image.allSatisfy { $0 < domain })
        }
    }
}
