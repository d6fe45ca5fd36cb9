import DoppelJSON
import Testing
@testable import DoppelServer

@Suite struct MethodStatisticsTests {
    @Test func countsErrorsCancellationsAndPercentiles() {
        let stats = MethodStatistics()
        for ms in 1...100 { stats.record(method: "ping", nanos: UInt64(ms) * 1_000_000, outcome: .success) }
        stats.record(method: "ping", nanos: 0, outcome: .failure)
        stats.record(method: "debug.sleep", nanos: 5, outcome: .cancelled)
        stats.record(method: nil, nanos: 0, outcome: .failure)
        let (totals, methods) = stats.snapshot()
        #expect(totals["total"] == 103 && totals["errors"] == 2 && totals["cancelled"] == 1)
        #expect(methods.keys == ["ping", "debug.sleep"])
        let ping = methods["ping"]
        #expect(ping?["count"] == 101 && ping?["errors"] == 1)
        #expect(ping?["latencyMs"]?["p50"] == 50.0)
        #expect(ping?["latencyMs"]?["p99"] == 99.0)
        #expect(ping?["latencyMs"]?["max"] == 100.0)
        #expect(methods["debug.sleep"]?["cancelled"] == 1)
    }

    @Test func percentileOfNothingIsZero() {
        #expect(MethodStatistics.percentile([], 0.5) == 0)
        #expect(MethodStatistics.percentile([7], 0.99) == 7)
    }

    @Test func keepsOnlyRecentSamples() {
        let stats = MethodStatistics()
        for _ in 0..<MethodStatistics.sampleCapacity { stats.record(method: "m", nanos: 1_000_000_000, outcome: .success) }
        for _ in 0..<MethodStatistics.sampleCapacity { stats.record(method: "m", nanos: 1_000_000, outcome: .success) }
        let m = stats.snapshot().methods["m"]
        #expect(m?["latencyMs"]?["p99"] == 1.0)
        #expect(m?["latencyMs"]?["max"] == 1000.0)
        #expect(m?["count"]?.intValue == 2 * MethodStatistics.sampleCapacity)
    }
}
