extension SchemaResolver {
    /// Columns of the total of a row's marks.
    static let markTotalColumns = ["total", "total_score", "overall_score", "total_points", "total_marks", "sum"]

    /// A row's total of marks is their sum (protocol/SCHEMA.md): a whole-number total beside two or more whole-number
    /// marks drawn on one scale of at most 100 (a judge's creativity, method and presentation out of ten) adds them up.
    func applyMarkTotals(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let t = Self.column(named: Self.markTotalColumns, in: fields, where: { f in
            // (a whole number of points: an order's money total is no sum of its counts)
            f.references == nil && !f.primaryKey && f.type == .integer && f.kind == "number.integer"
        }), case let .kind(own, .random)? = sources[t] else { return }
        let marks = fields.indices.filter { k in
            let f = fields[k]
            guard k != t, f.references == nil, !f.primaryKey, !f.unique, f.type == .integer, f.kind == "number.integer",
                  let lo = f.min, let hi = f.max, hi <= 100, lo >= 0, case .kind(_, .random)? = sources[k] else { return false }
            return true
        }
        // One scale: the marks' most common range.
        let scales = Dictionary(grouping: marks) { k in "\(fields[k].min ?? 0)..\(fields[k].max ?? 0)" }
        guard let best = scales.values.max(by: { $0.count < $1.count }), best.count >= 2,
              !best.contains(where: { Self.reaches($0, t, in: sources) }) else { return }
        let parts = best.sorted()
        sources[t] = .sum(SumPlan(base: parts[0], added: Array(parts.dropFirst()), taken: [], fallback: own))
    }
}
