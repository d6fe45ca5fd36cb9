import DoppelText
import DoppelEngine
import DoppelPOSIX

/// `out_dir`: checked, created, and the files staged in it.
enum OutputDirectory {
    /// An absolute directory path, created (with parents) if missing.
    ///
    /// Relative paths are refused: they would be read against the daemon's
    /// working directory, not the caller's (the CLI makes `--out` absolute).
    static func prepare(_ path: String) throws -> String {
        guard path.hasPrefix("/") else {
            throw GenerateRequest.invalidPayload(
                issues: ["out_dir must be an absolute path, got \"\(path.prefix(40))\" (the daemon's working directory is not the caller's)"],
                suggestions: ["Send an absolute out_dir, e.g. \"/home/me/data\""])
        }
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        do {
            try FileSystem.makeDirectories(trimmed, mode: 0o755)
            guard try FileStatus.following(trimmed)?.kind == .directory else {
                throw SystemError("mkdir", errno: SystemError.Code.notDirectory, subject: trimmed)
            }
        } catch let error as SystemError {
            throw IOFailure.error(error, doing: "create out_dir")
        }
        return trimmed
    }
}

/// Files of one generation, written under temporary names and renamed together
/// once everything succeeded; on any failure or cancellation, all are removed.
final class StagingArea {
    private(set) var files: [StagedFile] = []

    func create(_ path: String) throws -> StagedFileSink {
        let file = try StagedFile(path: path)
        files.append(file)
        return StagedFileSink(file: file)
    }

    /// Renames every file into place; with `sync`, each is flushed to stable storage first and then
    /// the directories that hold them, so the names survive a power loss too.
    func commitAll(sync: Bool) throws {
        do {
            for f in files { try f.commit(sync: sync) }
            if sync {
                let directories = Set(files.map { f in f.finalPath.lastIndex(of: "/").map { String(f.finalPath[..<$0]) } ?? "." })
                for directory in directories { try FileSystem.syncDirectory(directory.isEmpty ? "/" : directory) }
            }
        } catch { discardAll(); throw error }
    }

    func discardAll() { for f in files { f.discard() } }
}

/// A `ByteSink` into a staged file.
final class StagedFileSink: ByteSink {
    let file: StagedFile
    init(file: StagedFile) { self.file = file }
    func write(_ bytes: UnsafeRawBufferPointer) throws { try file.write(bytes) }
}
