import Foundation
import DoppelText
import DoppelEngine

/// The on-disk half of the response cache: an append-only log of records in
/// `responses.log`, indexed in memory by key, compacted now and then.
///
/// - Loading reads the whole log once and indexes every intact record, so a
///   restarted daemon answers from disk at once. A torn last record (a write
///   cut short), a damaged record or a file that is not a cache log at all is
///   skipped with a warning and the log is rewritten clean — never a crash.
/// - Appends go to the end of the file. When dead bytes (records superseded
///   or dropped) outweigh live ones, or live records pass the byte budget,
///   the live records — newest kept, oldest dropped first — are written to a
///   temporary file that is renamed over the log (atomic on POSIX).
/// - Any I/O failure turns the disk layer off with a warning; the memory
///   layer keeps working.
///
/// - Important: not thread-safe; `ResponseCache` serialises access. One
///   daemon per cache directory.
final class DiskResponseLog {
    static let fileName = "responses.log"

    private struct Location {
        var offset: UInt64
        var length: Int
    }

    let directory: URL
    let url: URL
    let byteBudget: Int
    /// Dead bytes tolerated before compaction, whatever the live size.
    let minimumCompactionBytes: UInt64
    private let warn: (String) -> Void

    private var index: [CacheKey: Location] = [:]
    /// Keys in append order; may hold keys no longer live, pruned at compaction.
    private var order: [CacheKey] = []
    private(set) var liveBytes = 0
    private(set) var fileBytes: UInt64 = 0
    private(set) var compactions = 0
    private(set) var isDisabled = false
    private var reader: FileHandle?
    private var writer: FileHandle?

    init(directory: String, byteBudget: Int, minimumCompactionBytes: UInt64 = 1 << 20, warn: @escaping (String) -> Void) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        url = self.directory.appendingPathComponent(DiskResponseLog.fileName)
        self.byteBudget = max(0, byteBudget)
        self.minimumCompactionBytes = minimumCompactionBytes
        self.warn = warn
        load()
    }

    deinit { closeHandles() }

    var entryCount: Int { index.count }

    /// The value stored under `key`, read from the file.
    func value(for key: CacheKey) -> ChatCompletion? {
        guard !isDisabled, let at = index[key], let reader else { return nil }
        do {
            try reader.seek(toOffset: at.offset)
            guard let data = try reader.read(upToCount: at.length), data.count == at.length else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let decoded = data.withUnsafeBytes { raw in
                DiskLogRecord.decode(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self).dropLast()))
            }
            guard let (k, v) = decoded, k == key else { throw CocoaError(.fileReadCorruptFile) }
            return v
        } catch {
            warn("LLM cache: a record in \(url.path) could not be read back (\(Self.reason(error))); it is dropped")
            forget(key)
            return nil
        }
    }

    /// Appends `value` under `key` unless the key is already stored.
    func store(_ value: ChatCompletion, for key: CacheKey) {
        guard !isDisabled, index[key] == nil else { return }
        let line = DiskLogRecord.encode(key: key, value: value)
        guard line.count <= byteBudget else { return }
        do {
            guard let writer else { throw CocoaError(.fileWriteUnknown) }
            let end = try writer.seekToEnd()
            try writer.write(contentsOf: line)
            index[key] = Location(offset: end, length: line.count)
            order.append(key)
            liveBytes += line.count
            fileBytes = end + UInt64(line.count)
        } catch {
            disable("appending to \(url.path) failed (\(Self.reason(error)))")
            return
        }
        if liveBytes > byteBudget || fileBytes > max(minimumCompactionBytes, UInt64(DiskLogRecord.header.count + 2 * liveBytes)) {
            compact()
        }
    }

    /// Rewrites the log with only live records, oldest dropped first until
    /// they fit in three quarters of the budget (so the next appends do not
    /// compact again at once).
    func compact() {
        guard !isDisabled else { return }
        let current: Data
        do {
            current = try Data(contentsOf: url)
        } catch {
            disable("reading \(url.path) for compaction failed (\(Self.reason(error)))")
            return
        }
        var live: [(CacheKey, Location)] = []
        var seen: Set<CacheKey> = []
        for key in order.reversed() where !seen.contains(key) {
            seen.insert(key)
            if let at = index[key], at.offset + UInt64(at.length) <= UInt64(current.count) { live.append((key, at)) }
        }
        live.reverse()
        var total = live.reduce(0) { $0 + $1.1.length }
        let target = liveBytes > byteBudget ? byteBudget / 4 * 3 : byteBudget
        var first = 0
        while total > target && first < live.count {
            total -= live[first].1.length
            first += 1
        }
        var out = Data(DiskLogRecord.header)
        var newIndex: [CacheKey: Location] = [:]
        var newOrder: [CacheKey] = []
        for (key, at) in live[first...] {
            newIndex[key] = Location(offset: UInt64(out.count), length: at.length)
            newOrder.append(key)
            out.append(current[Int(at.offset)..<Int(at.offset) + at.length])
        }
        do {
            closeHandles()
            // `.atomic` writes a temporary file in the same directory and renames it over the log.
            try out.write(to: url, options: .atomic)
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            try openHandles()
        } catch {
            disable("rewriting \(url.path) failed (\(Self.reason(error)))")
            return
        }
        index = newIndex
        order = newOrder
        liveBytes = total
        fileBytes = UInt64(out.count)
        compactions += 1
    }

    // MARK: - Loading

    private func load() {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if !fm.fileExists(atPath: url.path) {
                guard fm.createFile(atPath: url.path, contents: Data(DiskLogRecord.header), attributes: [.posixPermissions: 0o600]) else {
                    throw CocoaError(.fileWriteUnknown)
                }
            }
            let data = try Data(contentsOf: url)
            fileBytes = UInt64(data.count)
            let damaged = data.withUnsafeBytes { scan(UnsafeBufferPointer(start: $0.baseAddress?.assumingMemoryBound(to: UInt8.self), count: $0.count)) }
            try openHandles()
            if damaged { compact() }
        } catch {
            disable("opening \(url.path) failed (\(Self.reason(error)))")
        }
    }

    /// Indexes every intact record; returns true when anything was skipped.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let header = DiskLogRecord.header
        guard bytes.count >= header.count, bytes.prefix(header.count).elementsEqual(header) else {
            warn("LLM cache: \(url.path) is not a Doppel cache log or its header is damaged; it is ignored and started afresh")
            return true
        }
        var corrupt = 0
        var torn = false
        var start = header.count
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                torn = true
                break
            }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<newline])
            if let (key, _) = DiskLogRecord.decode(line) {
                if let old = index[key] { liveBytes -= old.length }
                index[key] = Location(offset: UInt64(start), length: newline + 1 - start)
                order.append(key)
                liveBytes += newline + 1 - start
            } else {
                corrupt += 1
            }
            start = newline + 1
        }
        if torn { warn("LLM cache: skipped a torn last record in \(url.path) (a write cut short); the log is rewritten without it") }
        if corrupt > 0 { warn("LLM cache: skipped \(corrupt) damaged record\(corrupt == 1 ? "" : "s") in \(url.path); the log is rewritten without \(corrupt == 1 ? "it" : "them")") }
        return torn || corrupt > 0
    }

    // MARK: - Handles and failure

    private func openHandles() throws {
        reader = try FileHandle(forReadingFrom: url)
        writer = try FileHandle(forWritingTo: url)
    }

    private func closeHandles() {
        try? reader?.close()
        try? writer?.close()
        reader = nil
        writer = nil
    }

    private func forget(_ key: CacheKey) {
        if let at = index.removeValue(forKey: key) { liveBytes -= at.length }
    }

    private func disable(_ why: String) {
        warn("LLM cache: \(why); answers are kept in memory only until restart")
        closeHandles()
        isDisabled = true
        index = [:]
        order = []
        liveBytes = 0
    }

    private static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError, let path = e.filePath { return "\(e.code.rawValue) at \(path)" }
        return (error as NSError).localizedDescription
    }
}
