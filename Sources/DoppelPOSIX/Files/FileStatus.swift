import Glibc

/// What `lstat` says about a path (links are not followed).
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case regular, directory, symlink, socket, other }

    public var kind: Kind
    public var ownerUID: UInt32
    /// Permission bits only (e.g. 0o700).
    public var permissions: UInt32
    public var size: Int64
    /// Modification time, nanoseconds since the epoch.
    public var modificationNanoseconds: Int64

    /// The status of `path`, or nil when it does not exist.
    public static func of(_ path: String) throws -> FileStatus? {
        var st = stat()
        if lstat(path, &st) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError("lstat", subject: path)
        }
        return FileStatus(st)
    }

    /// Like `of` but follows symbolic links.
    public static func following(_ path: String) throws -> FileStatus? {
        var st = stat()
        if stat(path, &st) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError("stat", subject: path)
        }
        return FileStatus(st)
    }

    init(_ st: stat) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        ownerUID = st.st_uid
        permissions = UInt32(st.st_mode & 0o7777)
        size = Int64(st.st_size)
        modificationNanoseconds = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }
}
