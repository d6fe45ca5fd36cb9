import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Measured counts per kind against the table: expected = rate × eligible cells / 100,000.
@Suite struct RealityRateTests {
    static let rows = 20_000

    /// Non-NULL clean cells per entity and column.
    static func nonNullCells(_ plan: DatasetPlan) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        let g = DatasetGenerator(plan: plan)
        for e in plan.entities {
            guard let b = g.block(of: e.name, rows: 0..<e.rows) else { continue }
            out[e.name] = (0..<b.columns).map { c in (0..<b.rowCount).filter { b.tag(row: $0, column: c) != .null }.count }
        }
        return out
    }

    @Test func countsMatchTheTableAndRiseWithTheLevel() throws {
        let plan = try RealityTestSupport.plan(RealityTestSupport.rates(rows: Self.rows))
        let cells = Self.nonNullCells(plan)
        var totals: [Int] = []
        for level in 0...10 {
            let reality = try Reality(level: level, plan: plan, recordsValues: false)
            let run = try RealityTestSupport.run(plan, level: level, format: .csv)
            totals.append(run.counts.values.reduce(0, +))
            for kind in DefectKind.allCases {
                let rate = RealityTable.rate(kind, level: level)
                var eligible = 0
                for e in plan.entities {
                    if kind.isDuplicate { eligible += e.rows; continue }
                    for name in reality.columns(for: kind, entity: e.name) {
                        eligible += cells[e.name]?[e.column(named: name) ?? 0] ?? 0
                    }
                }
                let expected = Double(rate) * Double(eligible) / 100_000
                let seen = Double(run.counts[kind] ?? 0)
                #expect(abs(seen - expected) <= RealityTable.tolerance(expected: expected),
                        "level \(level) \(kind.rawValue): \(Int(seen)) seen, \(expected) expected over \(eligible) eligible")
                if rate > 0 { #expect(eligible >= 10_000, "level \(level) \(kind.rawValue): only \(eligible) eligible cells") }
                if level >= 3 && rate > 0 && eligible > 0 { #expect(seen > 0, "level \(level) \(kind.rawValue)") }
            }
        }
        #expect(totals[0] == 0 && totals[1] == 0 && totals[2] == 0)
        for level in 3...10 { #expect(totals[level] > totals[level - 1], "total at \(level): \(totals)") }
    }

    @Test func tableIsCleanBelowThreeAndOrphansAndNoiseOnlyFromNine() {
        for level in 0...2 { #expect(DefectKind.allCases.allSatisfy { RealityTable.rate($0, level: level) == 0 }) }
        for level in 3...8 {
            #expect(RealityTable.rate(.orphanReference, level: level) == 0 && RealityTable.rate(.encoding, level: level) == 0)
        }
        for level in 3...5 { #expect(RealityTable.rate(.exactDuplicate, level: level) + RealityTable.rate(.nearDuplicate, level: level) == 0) }
        for level in 6...10 { #expect(RealityTable.rate(.exactDuplicate, level: level) > 0 && RealityTable.rate(.nearDuplicate, level: level) > 0) }
        for kind in DefectKind.allCases {
            for level in 4...10 { #expect(RealityTable.rate(kind, level: level) >= RealityTable.rate(kind, level: level - 1)) }
        }
    }
}
