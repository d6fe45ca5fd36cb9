/// The distinct values of one column seen so far, with duplicates counted on
/// the way in.
///
/// Keys written in increasing order with a fixed step (an `id.sequence`, a
/// reference chain) are kept as arithmetic runs, so a million sequential ids
/// cost a few words rather than a million set entries; everything else goes
/// to hash sets. Memory grows with the distinct values that are not in order.
struct KeyLedger: Sendable {
    private struct Run: Sendable {
        var first: Int64
        var step: Int64
        var count: Int64
        var last: Int64 { first &+ step &* (count - 1) }

        func contains(_ v: Int64) -> Bool {
            guard v >= first, v <= last else { return false }
            if count == 1 { return v == first }
            return (v &- first) % step == 0
        }
    }

    private var runs: [Run] = []
    private var outOfOrder: Set<Int64> = []
    private var hashed: Set<Int> = []

    /// Distinct keys held.
    private(set) var count = 0

    /// Adds `key`; false when it was already there (a duplicate).
    @discardableResult
    mutating func insert(_ key: ValueKey) -> Bool {
        switch key {
        case let .hashed(h):
            guard hashed.insert(h).inserted else { return false }
        case let .integer(v):
            if let tail = runs.last, v <= tail.last {
                if runContains(v) || !outOfOrder.insert(v).inserted { return false }
            } else {
                // Every out-of-order key is at most the tail's last, so it cannot equal `v`.
                extendRuns(with: v)
            }
        }
        count += 1
        return true
    }

    func contains(_ key: ValueKey) -> Bool {
        switch key {
        case let .hashed(h): return hashed.contains(h)
        case let .integer(v): return runContains(v) || outOfOrder.contains(v)
        }
    }

    /// How many of this ledger's keys `other` does not hold.
    func countMissing(from other: KeyLedger) -> Int {
        var missing = 0
        for h in hashed where !other.hashed.contains(h) { missing += 1 }
        for v in outOfOrder where !other.contains(.integer(v)) { missing += 1 }
        for run in runs {
            var v = run.first
            for _ in 0..<run.count {
                if !other.contains(.integer(v)) { missing += 1 }
                v &+= run.step
            }
        }
        return missing
    }

    /// `v` is greater than every key in the runs.
    private mutating func extendRuns(with v: Int64) {
        guard var tail = runs.popLast() else {
            runs.append(Run(first: v, step: 1, count: 1))
            return
        }
        if tail.count == 1 {
            tail.step = v &- tail.first
            tail.count = 2
            runs.append(tail)
        } else if v &- tail.last == tail.step {
            tail.count += 1
            runs.append(tail)
        } else {
            runs.append(tail)
            runs.append(Run(first: v, step: 1, count: 1))
        }
    }

    /// Binary search over runs, which are disjoint and ascending.
    private func runContains(_ v: Int64) -> Bool {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].last < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < runs.count && runs[lo].contains(v)
    }
}
