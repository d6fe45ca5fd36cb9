import Glibc

/// A file written under a temporary name beside its final path, then renamed
/// into place by `commit()` or removed by `discard()`.
///
/// Unlike `AtomicFile`, the bytes arrive in pieces (a generation streams
/// gigabytes through it); a reader never sees a half-written final file.
///
/// - Important: not thread-safe; one writer at a time.
public final class StagedFile {
    public let finalPath: String
    public let temporaryPath: String
    private var descriptor: FileDescriptor?
    private var finished = false

    /// Creates the temporary file (`<path>.tmp-<pid>-<random>`, exclusive, `mode`),
    /// first removing the temporary files of `path` left by processes that are
    /// gone (a writer killed with -9 cannot remove its own).
    public init(path: String, mode: UInt32 = 0o644) throws {
        Self.removeStale(of: path)
        finalPath = path
        temporaryPath = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw SystemError("open", subject: temporaryPath) }
        descriptor = FileDescriptor(rawValue: fd)
    }

    deinit { discard() }

    /// Removes `<path>.tmp-<pid>-<digits>` beside `path` whose process no
    /// longer exists. A live pid keeps its file (even a reused pid: leaving a
    /// stray file is better than removing a live writer's). Best effort.
    public static func removeStale(of path: String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let prefix = (slash.map { String(path[path.index(after: $0)...]) } ?? path) + ".tmp-"
        guard let names = try? FileSystem.entries(of: directory.isEmpty ? "/" : directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, UInt32(parts[1]) != nil,
                  !CurrentProcess.isAlive(pid) else { continue }
            unlink((directory.isEmpty ? "" : directory) + "/" + name)
        }
    }

    /// Appends bytes to the temporary file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let descriptor else { throw SystemError("write", errno: EBADF, subject: temporaryPath) }
        do { try descriptor.writeAll(bytes) } catch var error as SystemError {
            // The descriptor does not know its path; the caller's error must name it.
            error.subject = temporaryPath
            throw error
        }
    }

    /// Closes and renames the temporary file to `finalPath`; with `sync`, flushes it to stable storage
    /// first (`fsync`). Without, a reader still never sees a partial file, and a process that dies
    /// loses nothing the kernel has; only a power loss can.
    public func commit(sync: Bool = true) throws {
        guard let descriptor, !finished else { return }
        if sync { guard fsync(descriptor.rawValue) == 0 else { throw SystemError("fsync", subject: temporaryPath) } }
        descriptor.close()
        self.descriptor = nil
        guard rename(temporaryPath, finalPath) == 0 else {
            let error = SystemError("rename", subject: finalPath)
            unlink(temporaryPath)
            finished = true
            throw error
        }
        finished = true
    }

    /// Closes and removes the temporary file (nothing once committed).
    public func discard() {
        guard !finished else { return }
        finished = true
        descriptor?.close()
        descriptor = nil
        unlink(temporaryPath)
    }
}

extension StagedFile {
    /// Removes every temporary file `pid` left in `directory`
    /// (`<name>.tmp-<pid>-<digits>`): the daemon's clean-up after a worker
    /// it supervised died mid-write. Best effort; returns the names removed.
    @discardableResult
    public static func removeTemporaries(in directory: String, ofProcess pid: Int32) -> [String] {
        guard let names = try? FileSystem.entries(of: directory) else { return [] }
        let marker = ".tmp-\(pid)-"
        var removed: [String] = []
        for name in names {
            guard let range = name.range(of: marker), UInt32(name[range.upperBound...]) != nil else { continue }
            if unlink(directory + "/" + name) == 0 { removed.append(name) }
        }
        return removed
    }
}
