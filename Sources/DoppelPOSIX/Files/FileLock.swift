import Glibc

/// An exclusive `flock` on a lock file, held for as long as its descriptor is open.
///
/// The lock belongs to the open file description, so a child that inherits the
/// descriptor keeps holding it after the parent exits — which is how a
/// detaching daemon takes the lock in the foreground and keeps it in the background.
public struct FileLock: Sendable {
    public let descriptor: FileDescriptor

    /// Takes the lock without waiting; nil when another process holds it.
    public static func tryLock(path: String) throws -> FileLock? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw SystemError("open", subject: path) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return FileLock(descriptor: FileDescriptor(rawValue: fd)) }
        let code = errno
        Glibc.close(fd)
        if code == EWOULDBLOCK { return nil }
        throw SystemError("flock", errno: code, subject: path)
    }

    /// Adopts a descriptor inherited from the process that took the lock.
    public init(descriptor: FileDescriptor) { self.descriptor = descriptor }

    /// True when some process holds the lock at `path` (probes without keeping it).
    public static func isHeld(path: String) -> Bool {
        guard access(path, F_OK) == 0 else { return false }
        guard let lock = try? tryLock(path: path) else { return true }
        lock.release()
        return false
    }

    /// Releases the lock by closing its descriptor.
    public func release() { descriptor.close() }
}
