import DoppelPOSIX
import DoppelProtocol

/// The checks and repairs around the socket's directory and file.
enum SocketDirectory {
    /// Creates the socket's directory 0700 if needed and refuses one that is a
    /// symlink, not ours, or open to group/other.
    static func prepare(_ location: SocketLocation, uid: UInt32) throws {
        if let problem = location.lengthProblem { throw DaemonStartError(problem) }
        let dir = location.directory
        do {
            if try FileStatus.of(dir) == nil {
                try createParents(of: dir)
                try FileSystem.makeDirectory(dir, mode: 0o700)
            }
            guard let st = try FileStatus.of(dir) else {
                throw DaemonStartError("socket directory \(dir) vanished while being created")
            }
            try check(dir, st, uid: uid)
        } catch let error as SystemError {
            throw DaemonStartError("cannot prepare socket directory: \(error)")
        }
    }

    static func check(_ dir: String, _ st: FileStatus, uid: UInt32) throws {
        switch st.kind {
        case .symlink:
            throw DaemonStartError("socket directory \(dir) is a symbolic link; refusing to use it"
                + " (remove it, or choose another place with --socket)")
        case .directory: break
        default:
            throw DaemonStartError("socket directory \(dir) exists and is not a directory")
        }
        if st.ownerUID != uid {
            throw DaemonStartError("socket directory \(dir) belongs to uid \(st.ownerUID), not to you (uid \(uid));"
                + " refusing to use it (choose another place with --socket)")
        }
        if st.permissions & 0o077 != 0 {
            let mode = String(st.permissions, radix: 8)
            throw DaemonStartError("socket directory \(dir) is open to group or others (mode \(mode));"
                + " run: chmod 700 \(dir)")
        }
    }

    /// Missing parents are created 0700 too: nobody else has business in them.
    private static func createParents(of dir: String) throws {
        guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { return }
        let parent = String(dir[..<slash])
        if try FileStatus.of(parent) == nil { try FileSystem.makeDirectories(parent, mode: 0o700) }
    }

    /// With the lock held, a socket file at the path is a dead daemon's: remove it.
    /// Anything else at the path is left alone and refused.
    static func removeStaleSocket(_ location: SocketLocation, log: Logger?) throws {
        do {
            guard let st = try FileStatus.of(location.socketPath) else { return }
            guard st.kind == .socket else {
                throw DaemonStartError("\(location.socketPath) exists and is not a socket; refusing to replace it")
            }
            try FileSystem.remove(location.socketPath)
            log?.info("removed stale socket \(location.socketPath)")
        } catch let error as SystemError {
            throw DaemonStartError("cannot remove stale socket: \(error)")
        }
    }
}
