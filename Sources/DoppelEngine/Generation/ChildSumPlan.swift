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
/// and block reads the same table, so the bytes do not depend on who asked first. The pass over the
/// children is split across the cores; integer sums (scaled to the children's precision) add up the
/// same in any order.
final class ChildSums: @unchecked Sendable {
    private let condition = NSCondition()
    private var done: [Int: [Int64]] = [:]
    private var computing: Set<Int> = []

    /// The sums (scaled by the child's precision) for `plan`, or nil when asked from inside their own
    /// computation (a cycle through the children's own values).
    func sums(_ plan: ChildSumPlan, key: Int, dataset: DatasetPlan, parentRows: Int) -> [Int64]? {
        let marker = "doppel.childsum.\(key)"
        if Thread.current.threadDictionary[marker] != nil { return nil }
        condition.lock()
        while true {
            if let d = done[key] { condition.unlock(); return d }
            if !computing.contains(key) { break }
            condition.wait()
        }
        computing.insert(key)
        condition.unlock()
        let sums = Self.compute(plan, dataset: dataset, parentRows: parentRows, marker: marker)
        condition.lock()
        computing.remove(key)
        done[key] = sums
        condition.broadcast()
        condition.unlock()
        return sums
    }

    private static func compute(_ plan: ChildSumPlan, dataset: DatasetPlan, parentRows: Int, marker: String) -> [Int64] {
        let rows = dataset.entities[plan.childEntity].rows
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, rows / 20_000))
        let parts = Parts(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { k in
            Thread.current.threadDictionary[marker] = true
            defer { Thread.current.threadDictionary[marker] = nil }
            let child = RowContext(plan: dataset, entity: dataset.entities[plan.childEntity])
            var sums = [Int64](repeating: 0, count: max(0, parentRows))
            for row in (rows * k / chunks)..<(rows * (k + 1) / chunks) {
                child.begin(row)
                child.ensure(plan.referenceColumn)
                let p = child.parentRows[plan.referenceColumn]
                guard !child.nulls[plan.referenceColumn], p >= 0, p < sums.count else { continue }
                guard let v = child.lineValue(plan.line) else { continue }
                sums[p] &+= ByteFormat.scaled(v, precision: plan.childPrecision)
            }
            parts.set(k, sums)
        }
        var total = [Int64](repeating: 0, count: max(0, parentRows))
        for part in parts.all { for i in part.indices { total[i] &+= part[i] } }
        return total
    }

    /// One slot per chunk, each written by the one thread that computed it.
    private final class Parts: @unchecked Sendable {
        private var slots: [[Int64]]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ k: Int, _ value: [Int64]) { lock.lock(); slots[k] = value; lock.unlock() }
        var all: [[Int64]] { lock.lock(); defer { lock.unlock() }; return slots }
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

    func childSum(_ plan: ChildSumPlan, column: Int, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        guard let sums = self.plan.childSums.sums(plan, key: entity.index &* 4096 &+ column, dataset: self.plan, parentRows: entity.rows),
              row < sums.count else { return generateOwn(plan.fallback, r, &out) }
        return .real(Double(sums[row]) / Double(ByteFormat.pow10(plan.childPrecision)))
    }
}
