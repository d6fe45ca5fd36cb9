import DoppelJSON
import DoppelText

/// Requests, errors, cancellations and latency percentiles, per method.
final class MethodStatistics: Sendable {
    enum Outcome: Sendable { case success, failure, cancelled }

    /// Latency samples kept per method: percentiles describe recent traffic.
    static let sampleCapacity = 4096

    private struct Entry {
        var count = 0
        var errors = 0
        var cancelled = 0
        var samples: [UInt64] = []
        var next = 0
        var maxNanos: UInt64 = 0

        mutating func add(_ nanos: UInt64) {
            if samples.count < MethodStatistics.sampleCapacity {
                samples.append(nanos)
            } else {
                samples[next] = nanos
                next = (next + 1) % MethodStatistics.sampleCapacity
            }
            maxNanos = max(maxNanos, nanos)
        }
    }

    private struct Totals {
        var byMethod: [String: Entry] = [:]
        var order: [String] = []
        var total = 0
        var errors = 0
        var cancelled = 0
    }

    private let state = Locked(Totals())

    /// Records one finished request. `method` is nil for messages that never
    /// reached a method (parse errors, unknown methods), which count only in the totals.
    func record(method: String?, nanos: UInt64, outcome: Outcome) {
        state.withLock { t in
            t.total += 1
            if outcome == .failure { t.errors += 1 }
            if outcome == .cancelled { t.cancelled += 1 }
            guard let method else { return }
            if t.byMethod[method] == nil { t.order.append(method) }
            t.byMethod[method, default: Entry()].count += 1
            if outcome == .failure { t.byMethod[method]?.errors += 1 }
            if outcome == .cancelled { t.byMethod[method]?.cancelled += 1 }
            t.byMethod[method]?.add(nanos)
        }
    }

    /// `{total, errors, cancelled}` and, per method, counts and latency percentiles in milliseconds.
    func snapshot() -> (totals: JSONObject, methods: JSONObject) {
        let t = state.current
        var totals = JSONObject()
        totals.appendUnique("total", .int(t.total))
        totals.appendUnique("errors", .int(t.errors))
        totals.appendUnique("cancelled", .int(t.cancelled))
        var methods = JSONObject()
        for name in t.order {
            guard let e = t.byMethod[name] else { continue }
            let sorted = e.samples.sorted()
            var latency = JSONObject()
            for (label, p) in [("p50", 0.50), ("p90", 0.90), ("p99", 0.99)] {
                latency.appendUnique(label, .double(milliseconds(Self.percentile(sorted, p))))
            }
            latency.appendUnique("max", .double(milliseconds(e.maxNanos)))
            methods.appendUnique(name, ["count": .int(e.count), "errors": .int(e.errors),
                                        "cancelled": .int(e.cancelled), "latencyMs": .object(latency)])
        }
        return (totals, methods)
    }

    /// Nearest-rank percentile of sorted samples (0 when there are none).
    static func percentile(_ sorted: [UInt64], _ p: Double) -> UInt64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    private func milliseconds(_ nanos: UInt64) -> Double {
        (Double(nanos) / 1_000).rounded() / 1_000
    }
}
