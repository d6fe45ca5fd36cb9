/// Sends `http://` requests through one transport and `https://` through
/// another: the daemon's socket client for local servers, URLSession for TLS.
public struct EndpointTransport: HTTPTransport {
    private let plain: any HTTPTransport
    private let secure: any HTTPTransport

    /// The socket client (`HTTP1Transport` over TCP) for `http://`, URLSession for `https://`.
    public static var standard: EndpointTransport {
        EndpointTransport(plain: HTTP1Transport(connector: TCPConnector()), secure: URLSessionTransport())
    }

    public init(plain: any HTTPTransport, secure: any HTTPTransport) {
        self.plain = plain
        self.secure = secure
    }

    public func post(_ post: HTTPPost, received: @escaping @Sendable ([UInt8]) -> Void) async throws(TransportFailure) -> HTTPReply {
        let isSecure = EndpointURL(post.url)?.isSecure ?? true
        return try await (isSecure ? secure : plain).post(post, received: received)
    }
}
