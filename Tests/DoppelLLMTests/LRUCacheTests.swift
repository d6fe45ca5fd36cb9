import Testing
@testable import DoppelLLM

@Suite struct LRUCacheTests {
    @Test func evictsLeastRecentlyUsedWithinTheByteBudget() {
        var lru = LRUCache<String, Int>(byteBudget: 30)
        lru.insert(1, for: "a", bytes: 10)
        lru.insert(2, for: "b", bytes: 10)
        lru.insert(3, for: "c", bytes: 10)
        #expect(lru.value(for: "a") == 1)  // a is now the most recent
        let evicted = lru.insert(4, for: "d", bytes: 10)
        #expect(evicted == 1)
        #expect(!lru.contains("b"))
        #expect(lru.contains("a") && lru.contains("c") && lru.contains("d"))
        #expect(lru.bytes == 30 && lru.count == 3)
    }

    @Test func replacingAKeyUpdatesBytesAndTooLargeValuesAreNotKept() {
        var lru = LRUCache<String, Int>(byteBudget: 30)
        lru.insert(1, for: "a", bytes: 10)
        lru.insert(2, for: "a", bytes: 20)
        #expect(lru.count == 1 && lru.bytes == 20 && lru.value(for: "a") == 2)
        lru.insert(9, for: "huge", bytes: 31)
        #expect(!lru.contains("huge"))
        #expect(lru.contains("a"))
    }

    @Test func manyOperationsKeepCountsConsistent() {
        var lru = LRUCache<Int, Int>(byteBudget: 100)
        for i in 0..<1000 {
            lru.insert(i, for: i % 37, bytes: 1 + i % 7)
            _ = lru.value(for: (i * 13) % 37)
            if i % 11 == 0 { lru.removeValue(for: i % 5) }
            #expect(lru.bytes <= 100)
        }
        var held = 0
        for k in 0..<37 where lru.contains(k) { held += 1 }
        #expect(held == lru.count)
    }
}
