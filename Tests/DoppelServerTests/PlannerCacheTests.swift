import Testing
import Foundation
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer

@Suite struct PlannerCacheTests {
    @Test func secondIdenticalPromptIsAHit() {
        let cache = PlanCache()
        let planner = Planner()
        let first = cache.plan("customers and orders", planner: planner)
        let second = cache.plan("customers and orders", planner: planner)
        #expect(!first.cached)
        #expect(second.cached)
        #expect(first.result == second.result)
        let s = cache.stats
        #expect(s.hits == 1)
        #expect(s.misses == 1)
        #expect(s.entries == 1)
        #expect(s.bytes > 0 && s.bytes <= s.budget)
    }

    @Test func whitespaceDifferencesShareAnEntryButCaseDoesNot() {
        let cache = PlanCache()
        let planner = Planner()
        _ = cache.plan("customers  and\torders ", planner: planner)
        #expect(cache.plan("  customers and orders", planner: planner).cached)
        #expect(!cache.plan("Customers and orders", planner: planner).cached)
        #expect(PlanCache.normalize(" a \t b \r\n c  ") == "a b\nc")
        #expect(PlanCache.normalize("Cafe\u{301}") == "Café")
    }

    @Test func settingsArePartOfTheKey() {
        let cache = PlanCache()
        _ = cache.plan("users", planner: Planner())
        let other = cache.plan("users", planner: Planner(settings: PlannerSettings(defaultRows: 50)))
        #expect(!other.cached)
        #expect(other.result.schema.entities[0].rows == 50)
        #expect(cache.stats.entries == 2)
    }

    @Test func leastRecentlyUsedGoesFirstWithinTheBudget() {
        let planner = Planner()
        let prompts = ["users", "devices", "teachers"]
        let sizes = prompts.map { p -> Int in
            let probe = PlanCache()
            _ = probe.plan(p, planner: planner)
            return probe.stats.bytes
        }
        // Room for these three plans and half of the smallest more.
        let cache = PlanCache(byteBudget: sizes.reduce(0, +) + (sizes.min() ?? 0) / 2)
        for p in prompts { _ = cache.plan(p, planner: planner) }
        #expect(cache.plan("users", planner: planner).cached)  // now most recent
        // The same prompt under other settings is another plan of about the same size: it evicts the least
        // recent, devices, and nothing else.
        _ = cache.plan("devices", planner: Planner(settings: PlannerSettings(defaultRows: 999)))
        #expect(cache.stats.evictions >= 1)
        #expect(cache.lookup(PlanCache.Key(prompt: "devices", settings: planner.settings)) == nil)
        #expect(cache.lookup(PlanCache.Key(prompt: "users", settings: planner.settings)) != nil)
        #expect(cache.stats.bytes <= cache.stats.budget)
    }

    @Test func aPlanLargerThanTheBudgetIsNotKept() {
        let cache = PlanCache(byteBudget: 10)
        _ = cache.plan("customers and orders", planner: Planner())
        #expect(cache.stats.entries == 0)
        #expect(!cache.plan("customers and orders", planner: Planner()).cached)
    }

    @Test func concurrentUseKeepsCountsConsistent() async {
        let cache = PlanCache()
        let prompts = ["users", "orders and customers", "patients and doctors", "flights and airports"]
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<200 {
                group.addTask { _ = cache.plan(prompts[i % prompts.count], planner: Planner()) }
            }
        }
        let s = cache.stats
        #expect(s.hits + s.misses == 200)
        #expect(s.entries == prompts.count)
        #expect(s.misses >= prompts.count)
    }

    @Test func removeAllEmptiesIt() {
        let cache = PlanCache()
        _ = cache.plan("users", planner: Planner())
        cache.removeAll()
        #expect(cache.stats.entries == 0)
        #expect(cache.stats.bytes == 0)
    }
}
