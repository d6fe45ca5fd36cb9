/// A connected byte stream to a server: the seam between the HTTP/1.1
/// client and sockets (the daemon gives it TCP sockets from DoppelPOSIX;
/// tests may give it anything).
///
/// - Important: `close()` may be called from another thread while `receive`
///   blocks, and must wake it.
public protocol ByteStream: AnyObject, Sendable {
    /// Sends every byte, or throws.
    func send(_ bytes: [UInt8]) throws(ByteStreamFailure)
    /// Waits up to `seconds` for bytes; returns up to `maxBytes` of them, empty at end of stream.
    func receive(maxBytes: Int, within seconds: Double) throws(ByteStreamFailure) -> [UInt8]
    /// Closes the stream; a blocked `receive` returns.
    func close()
}

/// Opens `ByteStream`s.
public protocol ByteStreamConnector: Sendable {
    /// Connects to `host:port` within `seconds`.
    func connect(host: String, port: Int, within seconds: Double) throws(ByteStreamFailure) -> any ByteStream
}

/// Why a byte stream failed.
public enum ByteStreamFailure: Error, Sendable, Equatable {
    /// Nothing within the time given.
    case timeout
    /// Could not connect (refused, no such host); the text says how.
    case unreachable(String)
    /// Reset or broken while in use.
    case lost
}
