/// A string that changes whenever an executable is rebuilt: its version plus
/// the file's size and modification time.
///
/// The daemon reports its own; a client computes it for the `doppeld` it would
/// start, and a difference means the running daemon is from another build.
public enum BuildIdentity {
    public static func of(executable path: String, version: String) -> String {
        guard let st = try? FileStatus.following(path) else { return version }
        let size = String(UInt64(max(0, st.size)), radix: 36)
        let mtime = String(UInt64(max(0, st.modificationNanoseconds)) / 1_000_000, radix: 36)
        return "\(version)+\(size).\(mtime)"
    }
}
