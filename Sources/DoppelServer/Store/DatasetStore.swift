import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelPOSIX
import Foundation

/// The dataset store: one directory per generated dataset under `root`
/// (`$XDG_DATA_HOME/doppel/datasets/`, or `--data-dir`), each with its files
/// and a `manifest.json`.
///
/// A dataset becomes visible all at once: it is built in a hidden temporary
/// sibling (`.tmp-<pid>-<id>`), its files and manifest synced, then the
/// directory is renamed to `<id>`. Deletion renames first (`.del-<pid>-<id>`)
/// and removes after, so no half dataset ever sits under a real id. Hidden
/// leftovers of a process that died are removed at start-up and on later writes.
///
/// Every id from a request goes through `DatasetStorePath.validateID`, so no
/// request can name a path outside `root`.
public final class DatasetStore: StatusContributor, Sendable {
    /// The store's directory (no trailing slash).
    public let root: String
    let log: Logger?
    private let counts = Locked((created: 0, deleted: 0))

    static let manifestName = "manifest.json"
    static let temporaryPrefix = ".tmp-"
    static let deletingPrefix = ".del-"

    public init(root: String, log: Logger? = nil) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
        self.log = log
    }

    /// `$XDG_DATA_HOME/doppel/datasets`, else `$HOME/.local/share/doppel/datasets`
    /// (a relative `XDG_DATA_HOME` is ignored, as the XDG spec asks).
    public static func defaultRoot(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/doppel/datasets" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/doppel/datasets"
    }

    // MARK: - Reading

    /// Every complete dataset, newest first. Directories that are not datasets
    /// (hidden temporaries, names that are not ids, no readable manifest) are skipped.
    public func list() throws -> [StoredDataset] {
        let names: [String]
        do {
            names = try FileSystem.entries(of: root)
        } catch let error as SystemError where error.isNoSuchFile {
            return []
        } catch {
            throw storeFailed(error)
        }
        let found = names.filter(Self.isDatasetName).compactMap { try? load($0) }
        return found.sorted { ($0.manifest.createdAt, $0.manifest.id) > ($1.manifest.createdAt, $1.manifest.id) }
    }

    /// The dataset `id`; −32602 for an id that is not one, `DATASET_NOT_FOUND` when absent.
    public func get(_ id: String) throws -> StoredDataset {
        let valid = try DatasetStorePath.validateID(id).get()
        guard let dataset = try load(valid) else { throw Self.notFound(valid) }
        return dataset
    }

    /// The dataset in directory `<root>/<id>`, or nil when there is none (or no readable manifest).
    func load(_ id: String) throws -> StoredDataset? {
        let directory = root + "/" + id
        guard try FileStatus.of(directory)?.kind == .directory,
              let bytes = try? FileSystem.readAll(directory + "/" + Self.manifestName),
              let json = try? JSONParser.parse(bytes), let manifest = DatasetManifest.decode(json)
        else { return nil }
        let files = manifest.files.compactMap { name -> StoredDataset.File? in
            // A manifest edited by hand must not point outside its directory either.
            guard case .success = DatasetStorePath.validateFileName(name) else { return nil }
            let size = (try? FileStatus.of(directory + "/" + name))?.map(\.size) ?? 0
            return StoredDataset.File(name: name, path: directory + "/" + name, bytes: Int(size))
        }
        return StoredDataset(manifest: manifest, stored: json, directory: directory, files: files)
    }

    // MARK: - Deleting

    /// Removes dataset `id`: renamed out of sight first, then removed.
    public func delete(_ id: String) throws {
        let valid = try DatasetStorePath.validateID(id).get()
        let directory = root + "/" + valid
        guard try FileStatus.of(directory)?.kind == .directory else { throw Self.notFound(valid) }
        let doomed = root + "/" + Self.deletingPrefix + "\(CurrentProcess.pid)-" + valid
        do {
            try FileSystem.rename(directory, to: doomed)
        } catch let error as SystemError where error.isNoSuchFile {
            throw Self.notFound(valid)  // deleted by someone else meanwhile
        } catch {
            throw storeFailed(error)
        }
        do { try FileSystem.removeTree(doomed) } catch {
            log?.warning("dataset store: \(valid) is out of sight but not fully removed: \(error)")
        }
        counts.withLock { $0.deleted += 1 }
        log?.info("dataset store: deleted \(valid)")
    }

    // MARK: - Housekeeping

    /// Removes hidden leftovers (`.tmp-<pid>-…`, `.del-<pid>-…`) whose process
    /// is gone — or, at start-up, any of this process id (a previous holder of the pid).
    /// Returns how many were removed; logs each one.
    @discardableResult
    public func removeStale(atStartUp: Bool) -> Int {
        guard let names = try? FileSystem.entries(of: root) else { return 0 }
        var removed = 0
        for name in names {
            guard let pid = Self.leftoverPID(name) else { continue }
            let stale = pid == CurrentProcess.pid ? atStartUp : !CurrentProcess.isAlive(pid)
            guard stale else { continue }
            do {
                try FileSystem.removeTree(root + "/" + name)
                removed += 1
                log?.info("dataset store: removed \(name), left by an unfinished write or delete of process \(pid)")
            } catch {
                log?.warning("dataset store: could not remove leftover \(name): \(error)")
            }
        }
        return removed
    }

    /// The pid in a leftover's name (`.tmp-123-ds-…`), or nil when the name is not a leftover.
    static func leftoverPID(_ name: String) -> Int32? {
        for prefix in [temporaryPrefix, deletingPrefix] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-") else { return nil }
            return Int32(rest[..<dash])
        }
        return nil
    }

    /// Names that can be datasets: valid ids (so never hidden temporaries).
    static func isDatasetName(_ name: String) -> Bool {
        if case .success = DatasetStorePath.validateID(name) { return true }
        return false
    }

    // MARK: - Status

    public var statusKey: StatusKey { .section("datasets") }

    /// `{root, datasets, created, deleted}`: the number of dataset directories
    /// (read from the directory, not the manifests, to stay cheap) and what this daemon did.
    public func statusFigures() -> JSON {
        let present = ((try? FileSystem.entries(of: root)) ?? []).filter(Self.isDatasetName).count
        let c = counts.current
        return ["root": .string(root), "datasets": .int(Int64(present)),
                "created": .int(Int64(c.created)), "deleted": .int(Int64(c.deleted))]
    }

    func noteCreated(_ id: String, files: Int) {
        counts.withLock { $0.created += 1 }
        log?.info("dataset store: stored \(id) (\(files) file\(files == 1 ? "" : "s"))")
    }
}
