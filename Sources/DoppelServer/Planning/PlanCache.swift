import Foundation
import DoppelLLM
import DoppelPlanner

/// Plans by prompt and planner settings, least recently used first out,
/// within a byte budget. A hit skips planning (`schema.plan` then says
/// `cached: true`).
///
/// The entries live in the LRU the LLM module's response cache uses (`LRUCache`).
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
    private var state: State

    /// The entries and the counts `status` shows.
    private struct State {
        var entries: LRUCache<Key, PlanResult>
        var hits = 0, misses = 0, evictions = 0
    }

    /// - Parameter byteBudget: most bytes to hold; a plan larger than the budget is not kept.
    public init(byteBudget: Int = 8 << 20) {
        state = State(entries: LRUCache(byteBudget: byteBudget))
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
        guard let hit = state.entries.value(for: key) else {
            state.misses += 1
            return nil
        }
        state.hits += 1
        return hit
    }

    public func insert(_ result: PlanResult, for key: Key) {
        let size = Self.estimatedBytes(key, result)
        lock.lock()
        defer { lock.unlock() }
        state.evictions += state.entries.insert(result, for: key, bytes: size)
    }

    public var stats: Stats {
        lock.lock()
        defer { lock.unlock() }
        return Stats(hits: state.hits, misses: state.misses, entries: state.entries.count, bytes: state.entries.bytes,
                     evictions: state.evictions, budget: state.entries.byteBudget)
    }

    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        state = State(entries: LRUCache(byteBudget: state.entries.byteBudget))
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
