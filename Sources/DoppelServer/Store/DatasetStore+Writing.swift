import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelPOSIX
import Foundation
import DoppelProtocol

/// A dataset being built in the store's hidden temporary directory; handed
/// to the `build` closure of `DatasetStore.create`.
///
/// Used on one thread (the generation's); not shared.
public final class DatasetDraft {
    /// The id the dataset will have once it is in place.
    public let id: String
    /// Creation time, seconds since 1970 (UTC); the manifest's `created_at`.
    public let createdAt: Int64
    let directory: String
    /// Files written so far and their sizes, in order.
    public private(set) var files: [(name: String, bytes: Int)] = []

    init(id: String, createdAt: Int64, directory: String) {
        self.id = id
        self.createdAt = createdAt
        self.directory = directory
    }

    /// Files a worker process wrote into the draft's directory (through its own
    /// `writeFile`), taken over as if written here.
    func record(_ written: [(name: String, bytes: Int)]) {
        files.append(contentsOf: written)
    }

    /// Creates file `name` in the draft and hands `body` a sink onto it; the
    /// file is flushed, synced and closed when `body` returns.
    /// - Throws: −32602 for a name that could leave the directory; the file system's errors.
    public func writeFile<T>(_ name: String, _ body: (any ByteSink) throws -> T) throws -> T {
        let valid = try DatasetStorePath.validateFileName(name).get()
        guard valid != DatasetStore.manifestName, !files.contains(where: { $0.name == valid }) else {
            throw RequestError.invalidParams("Two files of one dataset would be named \(valid)", details: [("name", valid)])
        }
        let sink = try DatasetFileSink(creating: directory + "/" + valid)
        let result = try body(sink)
        try sink.finish()
        files.append((valid, sink.bytesWritten))
        return result
    }
}

extension DatasetStore {
    /// Builds a new dataset and moves it into place whole.
    ///
    /// `build` writes the files through the draft and returns the manifest
    /// (its `id` and `files` are set from the draft). The manifest is written
    /// via a temporary name and renamed, the directory synced, then renamed to
    /// `<root>/<id>`. If anything throws (cancellation too), the temporary
    /// directory is removed and nothing appears in the store.
    ///
    /// - Parameters:
    ///   - method: the method that made it (`generate_data`), recorded in the manifest.
    ///   - now: the creation time.
    public func create(method: String, now: Date = Date(),
                       build: (DatasetDraft) throws -> DatasetManifest) throws -> StoredDataset {
        removeStale(atStartUp: false)
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let id = DatasetStorePath.newID(secondsSince1970: seconds, random: Self.idSuffix(now))
        let temporary = root + "/" + Self.temporaryPrefix + "\(CurrentProcess.pid)-" + id
        do {
            try FileSystem.makeDirectories(root, mode: 0o700)
            try FileSystem.makeDirectory(temporary, mode: 0o755)
        } catch {
            throw storeFailed(error)
        }
        let draft = DatasetDraft(id: id, createdAt: seconds, directory: temporary)
        do {
            var manifest = try build(draft)
            manifest.id = id
            manifest.files = draft.files.map(\.name)
            manifest.createdAt = Self.timestamp(seconds)
            var stored = manifest.json.objectValue ?? JSONObject()
            stored.appendUnique("method", .string(method))
            stored.appendUnique("file_bytes", .object(JSONObject(draft.files.map { ($0.name, JSON.int(Int64($0.bytes))) })))
            try AtomicFile.write(JSON.object(stored).serializedBytes(), to: temporary + "/" + Self.manifestName, mode: 0o644)
            try FileSystem.syncDirectory(temporary)
            try FileSystem.rename(temporary, to: root + "/" + id)
            try FileSystem.syncDirectory(root)
        } catch {
            try? FileSystem.removeTree(temporary)
            if error is SystemError { throw storeFailed(error) }
            throw error
        }
        noteCreated(id, files: draft.files.count)
        guard let stored = try load(id) else {
            throw RequestError(code: Self.storeFailedCode, kind: "STORE_FAILED",
                               message: "Dataset \(id) was stored but its manifest could not be read back")
        }
        return stored
    }

    /// `2024-01-15T10:30:00Z`: UTC to the second, as `created_at` is written.
    static func timestamp(_ seconds: Int64) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601)
    }

    /// The random part of a new id: the millisecond within the second in the
    /// top 10 bits (so ids made in one second still sort by time), 22 random bits below.
    static func idSuffix(_ now: Date) -> UInt64 {
        let seconds = now.timeIntervalSince1970
        let millis = UInt64(max(0, min(999, ((seconds - seconds.rounded(.down)) * 1000).rounded(.down))))
        return millis << 22 | UInt64.random(in: 0..<(1 << 22))
    }
}
