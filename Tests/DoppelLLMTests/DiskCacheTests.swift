import Foundation
import Testing
@testable import DoppelLLM

/// The on-disk log: persistence, damage handling and compaction.
@Suite struct DiskCacheTests {
    static func key(_ i: Int) -> CacheKey {
        CacheKey(baseURL: "http://x/v1", model: "m", request: ChatRequest(messages: [.user("q\(i)")]))
    }

    static func value(_ i: Int) -> ChatCompletion {
        ChatCompletion(content: "answer \(i) " + String(repeating: "z", count: i % 50), usage: TokenUsage(promptTokens: i, completionTokens: 2 * i))
    }

    static func cache(_ dir: TemporaryDirectory, warnings: WarningLog, diskBytes: Int = 1 << 20, compactAt: UInt64 = 1 << 20) -> ResponseCache {
        ResponseCache(mode: .disk, directory: dir.path, memoryBytes: 1 << 20, diskBytes: diskBytes,
                      minimumCompactionBytes: compactAt, warn: warnings.sink)
    }

    var logPath: (TemporaryDirectory) -> String { { $0.path + "/responses.log" } }

    @Test func entriesSurviveReopening() throws {
        let dir = try TemporaryDirectory("reopen")
        defer { dir.remove() }
        let w = WarningLog()
        let first = Self.cache(dir, warnings: w)
        for i in 0..<20 { first.store(Self.value(i), for: Self.key(i)) }
        let second = Self.cache(dir, warnings: w)
        for i in 0..<20 { #expect(second.value(for: Self.key(i)) == Self.value(i)) }
        #expect(second.value(for: Self.key(99)) == nil)
        #expect(second.statistics.diskEntries == 20 && second.statistics.diskHits == 20)
        #expect(w.all.isEmpty)
    }

    @Test func aTornLastRecordIsSkippedWithAWarningAndTheLogRewritten() throws {
        let dir = try TemporaryDirectory("torn")
        defer { dir.remove() }
        let w = WarningLog()
        let first = Self.cache(dir, warnings: w)
        for i in 0..<3 { first.store(Self.value(i), for: Self.key(i)) }
        // Simulate a crash mid-append: half of a fourth record, no newline.
        let torn = DiskLogRecord.encode(key: Self.key(3), value: Self.value(3))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath(dir)))
        try handle.seekToEnd()
        try handle.write(contentsOf: torn.prefix(torn.count / 2))
        try handle.close()

        let second = Self.cache(dir, warnings: w)
        #expect(w.all.count == 1)
        #expect(w.all.first?.contains("torn last record") == true)
        for i in 0..<3 { #expect(second.value(for: Self.key(i)) == Self.value(i)) }
        #expect(second.value(for: Self.key(3)) == nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: logPath(dir)))
        #expect(bytes.last == 0x0A)
        // New appends land on a clean line and survive another restart.
        second.store(Self.value(4), for: Self.key(4))
        let third = Self.cache(dir, warnings: w)
        #expect(third.value(for: Self.key(4)) == Self.value(4))
        #expect(w.all.count == 1)
    }

    @Test func aDamagedRecordInTheMiddleIsSkippedAndTheRestKept() throws {
        let dir = try TemporaryDirectory("corrupt")
        defer { dir.remove() }
        let w = WarningLog()
        let first = Self.cache(dir, warnings: w)
        for i in 0..<5 { first.store(Self.value(i), for: Self.key(i)) }
        var text = try String(contentsOfFile: logPath(dir), encoding: .utf8)
        // Flip one character inside record 2's content: valid JSON, wrong checksum.
        let target = "answer 2 "
        let range = try #require(text.range(of: target))
        text.replaceSubrange(range, with: "answer 7 ")
        try text.write(toFile: logPath(dir), atomically: false, encoding: .utf8)

        let second = Self.cache(dir, warnings: w)
        #expect(w.all.count == 1)
        #expect(w.all.first?.contains("1 damaged record") == true)
        #expect(second.value(for: Self.key(2)) == nil)
        for i in [0, 1, 3, 4] { #expect(second.value(for: Self.key(i)) == Self.value(i)) }
        #expect(second.statistics.diskEntries == 4)
    }

    @Test func aFileThatIsNotACacheLogIsReplacedWithoutACrash() throws {
        let dir = try TemporaryDirectory("garbage")
        defer { dir.remove() }
        try Data([0xFF, 0x00, 0x13, 0x37] + Array("not a log\n{}\n".utf8)).write(to: URL(fileURLWithPath: logPath(dir)))
        let w = WarningLog()
        let cache = Self.cache(dir, warnings: w)
        #expect(w.all.count == 1)
        #expect(w.all.first?.contains("not a Doppel cache log") == true)
        #expect(cache.statistics.diskEntries == 0)
        cache.store(Self.value(1), for: Self.key(1))
        let again = Self.cache(dir, warnings: w)
        #expect(again.value(for: Self.key(1)) == Self.value(1))
        #expect(w.all.count == 1)
    }

    @Test func compactionDropsDeadAndOldestRecordsAtomically() throws {
        let dir = try TemporaryDirectory("compact")
        defer { dir.remove() }
        let w = WarningLog()
        // A 4 KiB disk budget: far fewer than 200 records fit.
        let cache = Self.cache(dir, warnings: w, diskBytes: 4_096, compactAt: 1_024)
        for i in 0..<200 { cache.store(Self.value(i), for: Self.key(i)) }
        let s = cache.statistics
        #expect(s.compactions > 0)
        #expect(s.diskBytes <= 4_096)
        #expect(s.diskFileBytes <= 4_096 + 1_024 + 200)
        let size = try FileManager.default.attributesOfItem(atPath: logPath(dir))[.size] as? Int
        #expect(size == s.diskFileBytes)
        // No temporary file left behind.
        #expect(dir.files().count == 1)

        let reopened = Self.cache(dir, warnings: w, diskBytes: 4_096, compactAt: 1_024)
        #expect(reopened.statistics.diskEntries == s.diskEntries)
        #expect(reopened.value(for: Self.key(199)) == Self.value(199))  // the newest stays
        #expect(reopened.value(for: Self.key(0)) == nil)  // the oldest went
        #expect(w.all.isEmpty)
    }

    @Test func anUnwritableDirectoryDegradesToMemoryWithAWarning() throws {
        let dir = try TemporaryDirectory("blocked")
        defer { dir.remove() }
        // A regular file where the cache directory should be.
        let blocker = dir.path + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let w = WarningLog()
        let cache = ResponseCache(mode: .disk, directory: blocker + "/llm", memoryBytes: 1 << 20, diskBytes: 1 << 20, warn: w.sink)
        #expect(w.all.count == 1)
        #expect(w.all.first?.contains("memory only") == true)
        cache.store(Self.value(1), for: Self.key(1))
        #expect(cache.value(for: Self.key(1)) == Self.value(1))
    }

    @Test func memoryLayerKeepsWithinItsBudget() {
        let cache = ResponseCache(mode: .memory, directory: nil, memoryBytes: 2_000, diskBytes: 0)
        for i in 0..<100 { cache.store(Self.value(i), for: Self.key(i)) }
        let s = cache.statistics
        #expect(s.memoryBytes <= 2_000)
        #expect(s.memoryEntries < 100 && s.memoryEntries > 0)
        #expect(cache.value(for: Self.key(99)) == Self.value(99))
        #expect(cache.value(for: Self.key(0)) == nil)
    }

    @Test func cacheKeyHexRoundTrips() {
        let k = Self.key(5)
        #expect(k.hex.count == 64)
        #expect(CacheKey(hex: k.hex) == k)
        #expect(CacheKey(hex: "zz") == nil)
        #expect(Self.key(5) != Self.key(6))
    }
}
