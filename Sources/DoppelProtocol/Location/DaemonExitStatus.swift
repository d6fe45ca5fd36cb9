/// Exit statuses of `doppeld` that a starter acts on.
public enum DaemonExitStatus {
    /// Another daemon holds this socket's lock (it is starting, running or
    /// draining): try again later (`EX_TEMPFAIL`). A client that gets this while
    /// auto-starting waits for that daemon to listen instead of failing.
    public static let lockHeld: Int32 = 75
}
