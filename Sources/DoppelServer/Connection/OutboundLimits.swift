/// How many bytes may wait for clients that read slowly or not at all.
///
/// Past a connection's bound, or the daemon's total, new work is refused with
/// 1002 `OVERLOADED` (`retryAfter`), a reply that would not fit is replaced by
/// that error, and a stream pauses without holding a worker; a client more than
/// `hardBytes` behind is not reading at all and is disconnected.
struct OutboundLimits: Sendable {
    /// `--max-client-queued-bytes`: one client's bound.
    var connectionBytes: Int
    /// `--max-queued-bytes`: all clients together.
    var totalBytes: Int
    /// The largest reply `generate` makes inline (`--max-inline-bytes`): one
    /// such reply may always go to a client with nothing queued.
    var largestReplyBytes: Int

    /// A stream (`$/chunk`) pauses while more than this waits for its client.
    var streamBytes: Int { min(Self.streamHighWater, connectionBytes) }

    /// Only small frames (refusals, progress) go past `connectionBytes`, and one
    /// large reply through an empty queue; a client this far behind is dropped.
    var hardBytes: Int { 2 * (connectionBytes + largestReplyBytes) + (1 << 20) }

    static let streamHighWater = 8 * 1024 * 1024
    static let defaultConnectionBytes = 64 * 1024 * 1024
    static let defaultTotalBytes = 256 * 1024 * 1024
    /// Seconds an `OVERLOADED` reply asks the client to wait.
    static let retryAfterSeconds = 1
}
