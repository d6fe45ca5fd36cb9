/// An HTTP reply as the client needs it.
public struct HTTPReply: Sendable, Equatable {
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// True when the body is a server-sent event stream (`text/event-stream`).
    public var isEventStream: Bool { headers["content-type"]?.lowercased().hasPrefix("text/event-stream") ?? false }
}

/// Why no HTTP reply came.
public enum TransportFailure: Error, Sendable, Equatable {
    /// Nothing complete within the timeout.
    case timeout
    /// The connection could not be made (refused, DNS, TLS); the text says how, never with a key.
    case unreachable(String)
    /// The server closed or reset the connection before its reply was complete.
    case connectionLost
    /// The reply's body passed the byte limit (given) and was cut off.
    case tooLarge(limit: Int)
    case cancelled
}

/// One POST as the chat client sends it.
public struct HTTPPost: Sendable {
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Seconds the whole exchange may take: connecting, sending, and the last byte of the reply.
    public var timeout: Double
    /// Bytes of reply body read at most; past it the exchange fails with `.tooLarge`.
    public var maxResponseBytes: Int

    public init(url: String, headers: [(String, String)], body: [UInt8], timeout: Double, maxResponseBytes: Int) {
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
    }
}

/// Sends one POST and returns the reply: the seam between the chat client's
/// retry logic and the network, so the logic is testable without sockets.
public protocol HTTPTransport: Sendable {
    /// POSTs `post`, giving up after `post.timeout` seconds in all.
    ///
    /// - Parameter received: called with body bytes as they arrive (for
    ///   progress; the reply still carries the whole body).
    func post(_ post: HTTPPost, received: @escaping @Sendable ([UInt8]) -> Void) async throws(TransportFailure) -> HTTPReply
}
