import Glibc

/// What building a directory of files durably needs: exclusive creation,
/// `fsync` of files and directories, `rename`, listing and recursive removal.
extension FileSystem {
    /// Creates a new file for writing (failing if anything exists at `path`), close-on-exec.
    public static func createExclusive(_ path: String, mode: UInt32 = 0o600) throws -> FileDescriptor {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw SystemError("open", subject: path) }
        return FileDescriptor(rawValue: fd)
    }

    /// Renames `from` to `to` (atomic within one file system). A directory
    /// cannot replace a non-empty directory, so a clash throws instead of merging.
    public static func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw SystemError("rename", subject: to) }
    }

    /// Flushes a directory's entries (new names, renames) to stable storage.
    public static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError("open", subject: path) }
        defer { _ = close(fd) }
        guard fsync(fd) == 0 else { throw SystemError("fsync", subject: path) }
    }

    /// The names in a directory, without `.` and `..`, in no particular order.
    public static func entries(of path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw SystemError("opendir", subject: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes `path` and, if it is a directory, everything under it, never
    /// following symbolic links (a link inside is removed, not its target).
    /// True if something was there.
    @discardableResult
    public static func removeTree(_ path: String) throws -> Bool {
        guard let status = try FileStatus.of(path) else { return false }
        if status.kind == .directory {
            for name in try entries(of: path) { try removeTree(path + "/" + name) }
            guard rmdir(path) == 0 || errno == ENOENT else { throw SystemError("rmdir", subject: path) }
            return true
        }
        return try remove(path)
    }
}

extension FileDescriptor {
    /// Flushes the file's data and metadata to stable storage (`fsync`).
    public func synchronize() throws {
        guard fsync(rawValue) == 0 else { throw SystemError("fsync") }
    }
}
