import Foundation
import DoppelText
import DoppelPlanner

/// Plans by prompt and planner settings, least recently used first out,
/// within a byte budget. A hit skips planning (`schema.plan` then says
/// `cached: true`).
///
/// - Important: shared by every daemon connection. It is `Sendable` because
///   all mutable state lives in `state` and is only touched while `lock` is
///   held; the lock is never held across a call out (planning runs unlocked,
///   so two callers may plan the same prompt at once and the second insert
///   simply replaces the first — plans are deterministic, so they are equal).
public final class PlanCache: @unchecked Sendable {
    /// Figures for `status`.
    public struct Stats: Sendable, Equatable {
        public var hits = 0
        public var misses = 0
        public var entries = 0
        /// Estimated bytes held (keys, schemas as JSON, warnings).
        public var bytes = 0
        public var evictions = 0
        public var budget = 0
    }

    public struct Key: Hashable, Sendable {
        public var prompt: String
        public var settings: String

        public init(prompt: String, settings: PlannerSettings) {
            self.prompt = PlanCache.normalize(prompt)
            self.settings = settings.cacheKey
        }

        /// A key whose settings text is the caller's: a planner other than the
        /// built-in one adds what makes its plans differ (route, model, endpoint).
        public init(prompt: String, settingsKey: String) {
            self.prompt = PlanCache.normalize(prompt)
            self.settings = settingsKey
        }
    }

    private let lock = NSLock()
    private var state: LRUState

    /// - Parameter byteBudget: most bytes to hold; a plan larger than the budget is not kept.
    public init(byteBudget: Int = 8 << 20) {
        state = LRUState(budget: max(0, byteBudget))
    }

    /// The cached plan for `prompt`, or a new one from `planner` (then cached).
    public func plan(_ prompt: String, planner: Planner) -> (result: PlanResult, cached: Bool) {
        let key = Key(prompt: prompt, settings: planner.settings)
        if let hit = lookup(key) { return (hit, true) }
        let result = planner.plan(prompt)
        insert(result, for: key)
        return (result, false)
    }

    /// The plan for `key`, counting a hit or a miss.
    public func lookup(_ key: Key) -> PlanResult? {
        lock.lock()
        defer { lock.unlock() }
        return state.get(key)
    }

    public func insert(_ result: PlanResult, for key: Key) {
        let size = Self.estimatedBytes(key, result)
        lock.lock()
        defer { lock.unlock() }
        state.put(key, result, bytes: size)
    }

    public var stats: Stats {
        lock.lock()
        defer { lock.unlock() }
        return state.stats
    }

    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        state = LRUState(budget: state.stats.budget)
    }

    /// The prompt as the cache sees it: Unicode NFC, `\r\n` → `\n`, runs of
    /// spaces and tabs → one space, no spaces at line ends, trimmed. Case is
    /// kept: `deviceId` and `DEVICEID` plan differently.
    public static func normalize(_ prompt: String) -> String {
        var out = ""
        out.reserveCapacity(prompt.utf8.count)
        var pendingSpace = false
        for c in prompt.precomposedStringWithCanonicalMapping {
            if c == "\r\n" || c == "\r" || c == "\n" {
                out.append("\n")
                pendingSpace = false
            } else if c.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace, let last = out.last, last != "\n" { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        while let first = out.first, first.isWhitespace { out.removeFirst() }
        while let last = out.last, last.isWhitespace { out.removeLast() }
        return out
    }

    static func estimatedBytes(_ key: Key, _ r: PlanResult) -> Int {
        let warnings = r.warnings.reduce(0) { $0 + $1.utf8.count + 16 }
        return key.prompt.utf8.count + key.settings.utf8.count + r.schema.json.serializedBytes().count + warnings + 128
    }
}

/// The cache's state: entries in a doubly linked recency list kept in
/// arrays (slots), so lookups, moves to the front and evictions are O(1).
private struct LRUState {
    struct Slot {
        var key: PlanCache.Key
        /// Nil once evicted, so a free slot holds no plan.
        var value: PlanResult?
        var bytes: Int
        var prev: Int
        var next: Int
    }

    var stats: PlanCache.Stats
    private var slots: [Slot] = []
    private var free: [Int] = []
    private var index: [PlanCache.Key: Int] = [:]
    private var head = -1  // most recent
    private var tail = -1  // least recent

    init(budget: Int) {
        stats = PlanCache.Stats()
        stats.budget = budget
    }

    mutating func get(_ key: PlanCache.Key) -> PlanResult? {
        guard let i = index[key] else {
            stats.misses += 1
            return nil
        }
        stats.hits += 1
        moveToFront(i)
        return slots[i].value
    }


    mutating func put(_ key: PlanCache.Key, _ value: PlanResult, bytes: Int) {
        if let i = index[key] {
            stats.bytes += bytes - slots[i].bytes
            slots[i].value = value
            slots[i].bytes = bytes
            moveToFront(i)
        } else {
            guard bytes <= stats.budget else { return }
            let slot = Slot(key: key, value: value, bytes: bytes, prev: -1, next: -1)
            let i: Int
            if let f = free.popLast() { slots[f] = slot; i = f } else { slots.append(slot); i = slots.count - 1 }
            index[key] = i
            linkFront(i)
            stats.entries += 1
            stats.bytes += bytes
        }
        while stats.bytes > stats.budget, tail >= 0 { evict(tail) }
    }

    private mutating func evict(_ i: Int) {
        unlink(i)
        index[slots[i].key] = nil
        stats.bytes -= slots[i].bytes
        stats.entries -= 1
        stats.evictions += 1
        slots[i].value = nil
        free.append(i)
    }

    private mutating func moveToFront(_ i: Int) {
        guard head != i else { return }
        unlink(i)
        linkFront(i)
    }

    private mutating func linkFront(_ i: Int) {
        slots[i].prev = -1
        slots[i].next = head
        if head >= 0 { slots[head].prev = i }
        head = i
        if tail < 0 { tail = i }
    }

    private mutating func unlink(_ i: Int) {
        let p = slots[i].prev, n = slots[i].next
        if p >= 0 { slots[p].next = n } else { head = n }
        if n >= 0 { slots[n].prev = p } else { tail = p }
        slots[i].prev = -1
        slots[i].next = -1
    }
}
