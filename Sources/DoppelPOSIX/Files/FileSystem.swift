import Glibc

/// Path operations: directories, modes, removal, opening, executables.
public enum FileSystem {
    /// Creates `path` with `mode` (not following a final symlink); true if it was created,
    /// false if something already exists there.
    @discardableResult
    public static func makeDirectory(_ path: String, mode: UInt32) throws -> Bool {
        if mkdir(path, mode_t(mode)) == 0 { return true }
        if errno == EEXIST { return false }
        throw SystemError("mkdir", subject: path)
    }

    /// Creates each missing parent of `path`, then `path`, with `mode`.
    public static func makeDirectories(_ path: String, mode: UInt32) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            try makeDirectory(prefix, mode: mode)
            prefix += "/"
        }
    }

    public static func setPermissions(_ path: String, _ mode: UInt32) throws {
        guard chmod(path, mode_t(mode)) == 0 else { throw SystemError("chmod", subject: path) }
    }

    /// Removes a file; true if it existed.
    @discardableResult
    public static func remove(_ path: String) throws -> Bool {
        if unlink(path) == 0 { return true }
        if errno == ENOENT { return false }
        throw SystemError("unlink", subject: path)
    }

    /// Opens (creating with `mode` if needed) for appending, close-on-exec.
    public static func openForAppending(_ path: String, mode: UInt32 = 0o600) throws -> FileDescriptor {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw SystemError("open", subject: path) }
        return FileDescriptor(rawValue: fd)
    }

    /// Opens for reading, close-on-exec.
    public static func openForReading(_ path: String) throws -> FileDescriptor {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError("open", subject: path) }
        return FileDescriptor(rawValue: fd)
    }

    /// True when `path` names an executable regular file.
    public static func isExecutableFile(_ path: String) -> Bool {
        guard access(path, X_OK) == 0, let st = try? FileStatus.following(path) else { return false }
        return st.kind == .regular
    }

    /// The first `name` on `$PATH` that is executable.
    public static func findOnPath(_ name: String, path: String?) -> String? {
        guard let path else { return nil }
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = dir.hasSuffix("/") ? String(dir) + name : String(dir) + "/" + name
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    /// Reads a whole (small) file.
    public static func readAll(_ path: String) throws -> [UInt8] {
        let fd = try openForReading(path)
        defer { fd.close() }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try fd.read(into: $0) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    /// The process's working directory (nil if it cannot be read, e.g. removed).
    public static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(cString: buffer)
    }
}
