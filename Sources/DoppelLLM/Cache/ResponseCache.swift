import Foundation
import DoppelText
import DoppelEngine

/// The model's answers by `CacheKey`: an in-memory LRU in front of an
/// optional on-disk log, per `CacheMode`.
///
/// A disk hit is promoted into memory. Figures for `status` come from
/// `statistics`.
///
/// - Important: `@unchecked Sendable` because every member is reached only
///   under `lock`; calls are short (a dictionary probe, or one small read or
///   append), so a lock beats an actor hop on the request path.
public final class ResponseCache: @unchecked Sendable {
    /// What the cache holds and how it has been used.
    public struct Statistics: Sendable, Equatable {
        public var memoryHits = 0
        public var diskHits = 0
        public var misses = 0
        public var memoryEntries = 0
        public var memoryBytes = 0
        public var diskEntries = 0
        /// Bytes of live records on disk.
        public var diskBytes = 0
        /// The log file's size, dead records included.
        public var diskFileBytes = 0
        public var compactions = 0

        public var hits: Int { memoryHits + diskHits }
        /// Bytes held in memory and on disk.
        public var bytesHeld: Int { memoryBytes + diskBytes }
    }

    /// Per-entry bookkeeping counted against the memory budget besides the text.
    static let entryOverhead = 96

    public let mode: CacheMode
    private let lock = NSLock()
    private var memory: LRUCache<CacheKey, ChatCompletion>
    private let disk: DiskResponseLog?
    private var counts = Statistics()

    /// - Parameters:
    ///   - directory: where the log lives; required for `.disk` (without it the cache is memory-only).
    ///   - warn: receives damaged-log and I/O warnings; they name paths, never keys.
    public init(mode: CacheMode, directory: String?, memoryBytes: Int, diskBytes: Int,
                minimumCompactionBytes: UInt64 = 1 << 20, warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.mode = mode
        memory = LRUCache(byteBudget: mode == .off ? 0 : memoryBytes)
        if mode == .disk, let directory {
            disk = DiskResponseLog(directory: directory, byteBudget: diskBytes,
                                   minimumCompactionBytes: minimumCompactionBytes, warn: warn)
        } else {
            if mode == .disk { warn("LLM cache: no cache directory; answers are kept in memory only") }
            disk = nil
        }
    }

    /// Builds the cache a configuration asks for.
    public convenience init(configuration: LLMConfiguration, warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.init(mode: configuration.cacheMode, directory: configuration.cacheDirectory,
                  memoryBytes: configuration.memoryCacheBytes, diskBytes: configuration.diskCacheBytes, warn: warn)
    }

    /// The stored answer for `key`, counting a hit or a miss.
    public func value(for key: CacheKey) -> ChatCompletion? {
        lock.withLock {
            guard mode != .off else {
                counts.misses += 1
                return nil
            }
            if let v = memory.value(for: key) {
                counts.memoryHits += 1
                return v
            }
            if let v = disk?.value(for: key) {
                counts.diskHits += 1
                memory.insert(v, for: key, bytes: Self.size(v))
                return v
            }
            counts.misses += 1
            return nil
        }
    }

    /// Keeps `value` under `key` in memory, and on disk in `.disk` mode.
    public func store(_ value: ChatCompletion, for key: CacheKey) {
        guard mode != .off else { return }
        var plain = value
        plain.fromCache = false
        lock.withLock {
            memory.insert(plain, for: key, bytes: Self.size(plain))
            disk?.store(plain, for: key)
        }
    }

    /// The figures now: counts of use, and what is held where.
    public var statistics: Statistics {
        lock.withLock {
            var s = counts
            s.memoryEntries = memory.count
            s.memoryBytes = memory.bytes
            s.diskEntries = disk?.entryCount ?? 0
            s.diskBytes = disk?.liveBytes ?? 0
            s.diskFileBytes = Int(disk?.fileBytes ?? 0)
            s.compactions = disk?.compactions ?? 0
            return s
        }
    }

    /// The log file's path in `.disk` mode.
    public var diskLogPath: String? { disk?.url.path }

    static func size(_ value: ChatCompletion) -> Int { value.content.utf8.count + entryOverhead }
}
