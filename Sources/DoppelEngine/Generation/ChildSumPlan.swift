import Foundation

/// A parent's amount that is the sum of its children's (`SchemaResolver.applyChildSums`): an order's
/// `total` is the sum of its items' `line_total`s, as written. The sums come from one pass over the
/// child table's reference and value columns, made once per generation (`ChildSums`) and shared.
struct ChildSumPlan: Sendable {
    let childEntity: Int
    /// In the child: the column referencing the parent.
    let referenceColumn: Int
    /// What a line is worth.
    enum LineValue: Sendable {
        /// Its own amount column, written with `precision` digits after the point.
        case column(Int, precision: Int)
        /// Its unit price times its quantity, less a discount percent when it has one, in cents.
        case product(price: Int, quantity: Int, discountPercent: Int?)
    }
    let line: LineValue
    /// Digits after the point the sums are kept in.
    var childPrecision: Int {
        if case let .column(_, precision) = line { return precision }
        return 2
    }
    /// The column's own kind, for the rare re-entrant lookup (a child that reads this very column).
    let fallback: any KindGenerator
}

/// Sums of children per parent row, computed on first use and kept for the generation: every thread
/// and block reads the same table, so the bytes do not depend on who asked first.
final class ChildSums: @unchecked Sendable {
    private let lock = NSRecursiveLock()
    private var done: [Int: [Int64]] = [:]
    private var computing: Set<Int> = []

    /// The sums (scaled by the child's precision) for `plan`, or nil when this thread is computing them
    /// already (a cycle through the child's own values).
    func sums(_ plan: ChildSumPlan, key: Int, dataset: DatasetPlan, parentRows: Int) -> [Int64]? {
        lock.lock()
        defer { lock.unlock() }
        if let d = done[key] { return d }
        if computing.contains(key) { return nil }
        computing.insert(key)
        let child = RowContext(plan: dataset, entity: dataset.entities[plan.childEntity])
        var sums = [Int64](repeating: 0, count: max(0, parentRows))
        for row in 0..<dataset.entities[plan.childEntity].rows {
            child.begin(row)
            child.ensure(plan.referenceColumn)
            let p = child.parentRows[plan.referenceColumn]
            guard !child.nulls[plan.referenceColumn], p >= 0, p < sums.count else { continue }
            guard let v = child.lineValue(plan.line) else { continue }
            sums[p] &+= ByteFormat.scaled(v, precision: plan.childPrecision)
        }
        computing.remove(key)
        done[key] = sums
        return sums
    }
}

extension RowContext {
    /// The current row's worth as a line, nil when an input is NULL.
    func lineValue(_ line: ChildSumPlan.LineValue) -> Double? {
        func value(_ c: Int) -> Double? {
            ensure(c)
            return nulls[c] || !scalars[c].isFinite ? nil : scalars[c]
        }
        switch line {
        case let .column(c, _): return value(c)
        case let .product(price, quantity, discount):
            guard let p = value(price), let q = value(quantity) else { return nil }
            let off = discount.flatMap(value) ?? 0
            return p * q * (1 - off / 100)
        }
    }

    func childSum(_ plan: ChildSumPlan, column: Int, _ r: CellRandom, into out: inout [UInt8]) -> KindValue {
        guard let sums = self.plan.childSums.sums(plan, key: entity.index &* 4096 &+ column, dataset: self.plan, parentRows: entity.rows),
              row < sums.count else { return generateOwn(plan.fallback, r, &out) }
        return .real(Double(sums[row]) / Double(ByteFormat.pow10(plan.childPrecision)))
    }
}
