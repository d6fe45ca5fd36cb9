import Glibc

/// Writes a file whole or not at all: to a temporary name beside it, synced, then renamed.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, mode: UInt32 = 0o600) throws {
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw SystemError("open", subject: temporary) }
        let descriptor = FileDescriptor(rawValue: fd)
        do {
            try descriptor.writeAll(bytes)
            guard fsync(fd) == 0 else { throw SystemError("fsync", subject: temporary) }
            descriptor.close()
            guard rename(temporary, path) == 0 else { throw SystemError("rename", subject: path) }
        } catch {
            descriptor.close()
            unlink(temporary)
            throw error
        }
    }
}
