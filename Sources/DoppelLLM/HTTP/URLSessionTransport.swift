import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `HTTPTransport` over FoundationNetworking's `URLSession`, for `https://`
/// endpoints (`http://` ones go through `HTTP1Transport`, which waits
/// without spinning).
///
/// Each exchange gets an ephemeral session with no URL cache and no cookie
/// store: nothing about a request — its `Authorization` header least of all —
/// is written to disk. The session's own request and resource timeouts are
/// set to the exchange's: FoundationNetworking otherwise stops any request
/// after its default 60 s (`timeoutIntervalForRequest`) whatever the
/// `URLRequest` says. A deadline timer also cancels a reply that trickles in
/// too slowly, and the body is cut off past `maxResponseBytes`.
public final class URLSessionTransport: HTTPTransport {
    public init() {}

    public func post(_ post: HTTPPost, received: @escaping @Sendable ([UInt8]) -> Void) async throws(TransportFailure) -> HTTPReply {
        guard let target = URL(string: post.url) else { throw .unreachable("the base URL does not form a valid request URL") }
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: post.timeout)
        request.httpMethod = "POST"
        for (name, value) in post.headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = Data(post.body)

        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = post.timeout
        configuration.timeoutIntervalForResource = post.timeout

        let state = SessionExchange(limit: post.maxResponseBytes, received: received)
        let result: Result<HTTPReply, TransportFailure> = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<HTTPReply, TransportFailure>, Never>) in
                state.onFinish = { continuation.resume(returning: $0) }
                let session = URLSession(configuration: configuration, delegate: state, delegateQueue: nil)
                let task = session.dataTask(with: request)
                state.start(task)
                session.finishTasksAndInvalidate()
                DispatchQueue.global().asyncAfter(deadline: .now() + post.timeout) { state.expire() }
            }
        } onCancel: {
            state.cancel()
        }
        return try result.get()
    }

    /// A short reason for a URL error code; the system's own text can carry the URL, never a key, but is long.
    static func failure(_ code: Int) -> TransportFailure {
        switch code {
        case NSURLErrorTimedOut: return .timeout
        case NSURLErrorCancelled: return .cancelled
        case NSURLErrorNetworkConnectionLost, NSURLErrorBadServerResponse: return .connectionLost
        case NSURLErrorCannotConnectToHost: return .unreachable("connection refused")
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return .unreachable("host not found")
        case NSURLErrorNotConnectedToInternet: return .unreachable("no network")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted,
             NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateHasUnknownRoot:
            return .unreachable("TLS handshake failed")
        default: return .unreachable("network error \(code)")
        }
    }
}

/// The task of one exchange, its body so far and why it ended, shared by
/// URLSession's delegate queue, the deadline timer and the cancellation handler.
///
/// `@unchecked Sendable`: every member is read and written under `lock`.
private final class SessionExchange: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private let received: @Sendable ([UInt8]) -> Void
    private var task: URLSessionDataTask?
    private var body: [UInt8] = []
    private var ending: TransportFailure?
    private var finished = false
    var onFinish: (@Sendable (Result<HTTPReply, TransportFailure>) -> Void)?

    init(limit: Int, received: @escaping @Sendable ([UInt8]) -> Void) {
        self.limit = limit
        self.received = received
    }

    func start(_ task: URLSessionDataTask) {
        let cancelAtOnce = lock.withLock { () -> Bool in
            self.task = task
            return ending != nil
        }
        task.resume()
        if cancelAtOnce { task.cancel() }
    }

    func expire() { end(.timeout) }
    func cancel() { end(.cancelled) }

    private func end(_ why: TransportFailure) {
        let t = lock.withLock { () -> URLSessionDataTask? in
            guard ending == nil, !finished else { return nil }
            ending = why
            return task
        }
        t?.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let piece = [UInt8](data)
        let over = lock.withLock { () -> Bool in
            guard body.count + piece.count <= limit else {
                if ending == nil { ending = .tooLarge(limit: limit) }
                return true
            }
            body += piece
            return false
        }
        if over { dataTask.cancel() } else { received(piece) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (result, finish) = lock.withLock { () -> (Result<HTTPReply, TransportFailure>, (@Sendable (Result<HTTPReply, TransportFailure>) -> Void)?) in
            finished = true
            defer { onFinish = nil }
            if let ending { return (.failure(ending), onFinish) }
            if let error { return (.failure(URLSessionTransport.failure((error as NSError).code)), onFinish) }
            guard let http = task.response as? HTTPURLResponse else { return (.failure(.connectionLost), onFinish) }
            var headers: [String: String] = [:]
            for (name, value) in http.allHeaderFields {
                if let n = name as? String, let v = value as? String { headers[n.lowercased()] = v }
            }
            return (.success(HTTPReply(status: http.statusCode, headers: headers, body: body)), onFinish)
        }
        finish?(result)
    }
}
