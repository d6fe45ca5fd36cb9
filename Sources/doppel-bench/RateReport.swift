import DoppelText
import DoppelEngine
import Foundation

/// `doppel-bench --rates`: measured defects per 100,000 eligible cells (per 100,000 clean rows
/// for duplicates) at every level, beside the table's rate, for docs/REALITY.md.
enum RateReport {
    static func run(plan: DatasetPlan) throws {
        let generator = DatasetGenerator(plan: plan)
        // Non-NULL clean cells per entity and column: the denominators.
        var cells: [String: [Int]] = [:]
        for e in plan.entities {
            guard let b = generator.block(of: e.name, rows: 0..<e.rows) else { continue }
            cells[e.name] = (0..<b.columns).map { c in (0..<b.rowCount).reduce(0) { $0 + (b.tag(row: $1, column: c) == .null ? 0 : 1) } }
        }
        var header = "kind".padding(toLength: 20, withPad: " ", startingAt: 0)
        func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        for level in 3...10 { header += pad("\(level)", 12) }
        print(header + "   (measured/table per 100,000 eligible cells or clean rows)")
        var rows: [DefectKind: String] = [:]
        var totals = "total defects".padding(toLength: 20, withPad: " ", startingAt: 0)
        for level in 3...10 {
            let reality = try Reality(level: level, plan: plan, recordsValues: false)
            var options = GenerationOptions()
            let recorder = reality.makeRecorder()
            reality.configure(&options, recorder: recorder)
            for o in generator.outputs(for: .csv) { try generator.write(o, format: .csv, to: CountingSink(), options: options) }
            for kind in DefectKind.allCases {
                var eligible = 0
                for e in plan.entities {
                    if kind.isDuplicate { eligible += e.rows; continue }
                    for name in reality.columns(for: kind, entity: e.name) {
                        eligible += cells[e.name]?[e.column(named: name) ?? 0] ?? 0
                    }
                }
                let seen = recorder.counts[kind] ?? 0
                let measured = eligible == 0 ? 0 : Double(seen) * 100_000 / Double(eligible)
                rows[kind, default: kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)] +=
                    pad("\(Int(measured.rounded()))/\(RealityTable.rate(kind, level: level))", 12)
            }
            totals += pad("\(recorder.total)", 12)
        }
        for kind in DefectKind.allCases { print(rows[kind] ?? "") }
        print(totals)
    }
}
