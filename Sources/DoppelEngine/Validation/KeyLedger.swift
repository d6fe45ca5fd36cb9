/// The distinct values of one column seen so far, with duplicates counted on
/// the way in.
///
/// Keys written in increasing order with a fixed step (an `id.sequence`, a
/// reference chain) are kept as arithmetic runs, so a million sequential ids
/// cost a few words rather than a million set entries. Small non-negative
/// integers out of order (a child's references to its parent's ids) go to a
/// bitmap while it stays no larger than a hash set of the same keys would be:
/// a bit test per key instead of a hash probe that misses the cache.
/// Everything else goes to hash sets. Memory grows with the distinct values
/// that are not in order.
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
    /// Bit `v` set: out-of-order key `v` is held (0 <= v < bits.count * 64).
    private var bits: [UInt64] = []
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
                if runContains(v) { return false }
                if fitsBitmap(v) {
                    // The bitmap's reach grows with the count: a key set aside earlier may be in the set.
                    if !outOfOrder.isEmpty && outOfOrder.contains(v) || !setBit(v) { return false }
                } else if !outOfOrder.insert(v).inserted { return false }
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
        case let .integer(v): return runContains(v) || bitContains(v) || outOfOrder.contains(v)
        }
    }

    /// Keys below this many bits' worth go to the bitmap: 2^20, or 64 bits per key held
    /// (about what a set entry costs), whichever is more.
    private func fitsBitmap(_ v: Int64) -> Bool {
        v >= 0 && v < Int64(Swift.max(1 << 20, 64 * (count + 1)))
    }

    /// Sets bit `v`, growing the bitmap; false when it was already set.
    private mutating func setBit(_ v: Int64) -> Bool {
        let word = Int(v >> 6)
        if word >= bits.count {
            bits.append(contentsOf: repeatElement(0, count: Swift.max(word + 1, bits.count * 2) - bits.count))
        }
        let mask: UInt64 = 1 << UInt64(v & 63)
        if bits[word] & mask != 0 { return false }
        bits[word] |= mask
        return true
    }

    private func bitContains(_ v: Int64) -> Bool {
        guard v >= 0, Int(v >> 6) < bits.count else { return false }
        return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// How many of this ledger's keys `other` does not hold.
    func countMissing(from other: KeyLedger) -> Int {
        var missing = 0
        for h in hashed where !other.hashed.contains(h) { missing += 1 }
        for v in outOfOrder where !other.contains(.integer(v)) { missing += 1 }
        for (w, word) in bits.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                let v = Int64(w * 64 + rest.trailingZeroBitCount)
                if !other.contains(.integer(v)) { missing += 1 }
                rest &= rest - 1
            }
        }
        for run in runs {
            var v = run.first
            for _ in 0..<run.count {
                if !other.contains(.integer(v)) { missing += 1 }
                v &+= run.step
            }
        }
        return missing
    }

    /// `v` is greater than every key in the runs. The tail is edited in place: this runs for
    /// every key of a sequence.
    private mutating func extendRuns(with v: Int64) {
        let t = runs.count - 1
        guard t >= 0 else {
            runs.append(Run(first: v, step: 1, count: 1))
            return
        }
        if runs[t].count == 1 {
            runs[t].step = v &- runs[t].first
            runs[t].count = 2
        } else if v &- runs[t].last == runs[t].step {
            runs[t].count += 1
        } else {
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
