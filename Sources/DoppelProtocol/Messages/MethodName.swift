/// Names of the methods and notifications the protocol defines.
public enum MethodName {
    public static let initialize = "initialize"
    public static let ping = "ping"
    public static let status = "status"
    public static let shutdown = "shutdown"
    /// Diagnostics, served only by a daemon started with `--enable-debug-methods`.
    public static let debugSleep = "debug.sleep"

    /// Daemon → client: how far a long request has got.
    public static let progress = "$/progress"
    /// Daemon → client: a batch of items of a request that asked for `stream: true`.
    public static let chunk = "$/chunk"
    /// Daemon → client: the seed a text method drew for a request that gave none, before the reply.
    public static let seed = "$/seed"
    /// Client → daemon: stop a request; it is answered with −32800.
    public static let cancel = "$/cancel"
}
