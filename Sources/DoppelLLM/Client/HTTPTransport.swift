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
}

/// Why no HTTP reply came.
public enum TransportFailure: Error, Sendable, Equatable {
    /// Nothing complete within the timeout.
    case timeout
    /// The connection failed (refused, reset, DNS); the text says how, never with a key.
    case unreachable(String)
    case cancelled
}

/// Sends one POST and returns the reply: the seam between the chat client's
/// retry logic and the network, so the logic is testable without sockets.
public protocol HTTPTransport: Sendable {
    /// POSTs `body` to `url` with `headers`, giving up after `timeout` seconds in all.
    func post(url: String, headers: [(String, String)], body: [UInt8], timeout: Double) async throws(TransportFailure) -> HTTPReply
}
