import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `HTTPTransport` over FoundationNetworking's `URLSession`.
///
/// The session is ephemeral with no URL cache and no cookie store: nothing
/// about a request — its `Authorization` header least of all — is written to
/// disk. A request gets `timeout` seconds in all: URLSession's own timeout
/// only limits the gap between bytes, so a deadline cancels a reply that
/// trickles in too slowly.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func post(url: String, headers: [(String, String)], body: [UInt8], timeout: Double) async throws(TransportFailure) -> HTTPReply {
        guard let target = URL(string: url) else { throw .unreachable("the base URL does not form a valid request URL") }
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = Data(body)

        let state = ExchangeState()
        let session = self.session
        let result: Result<HTTPReply, TransportFailure> = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<HTTPReply, TransportFailure>, Never>) in
                let task = session.dataTask(with: request) { data, response, error in
                    continuation.resume(returning: Self.result(data: data, response: response, error: error,
                                                               timedOut: state.timedOut, cancelled: state.cancelled))
                }
                state.start(task)
                DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { state.expire() }
            }
        } onCancel: {
            state.cancel()
        }
        return try result.get()
    }

    private static func result(data: Data?, response: URLResponse?, error: (any Error)?, timedOut: Bool, cancelled: Bool) -> Result<HTTPReply, TransportFailure> {
        if let error {
            if timedOut { return .failure(.timeout) }
            if cancelled { return .failure(.cancelled) }
            let code = (error as NSError).code
            if code == NSURLErrorTimedOut { return .failure(.timeout) }
            if code == NSURLErrorCancelled { return .failure(.cancelled) }
            return .failure(.unreachable(describe(code)))
        }
        guard let http = response as? HTTPURLResponse else { return .failure(.unreachable("the reply was not HTTP")) }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let n = name as? String, let v = value as? String { headers[n.lowercased()] = v }
        }
        return .success(HTTPReply(status: http.statusCode, headers: headers, body: data.map { [UInt8]($0) } ?? []))
    }

    /// A short reason for a URL error code; the system's own text can carry the URL, never a key, but is long.
    private static func describe(_ code: Int) -> String {
        switch code {
        case NSURLErrorCannotConnectToHost: return "connection refused"
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return "host not found"
        case NSURLErrorNetworkConnectionLost: return "connection lost"
        case NSURLErrorNotConnectedToInternet: return "no network"
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted,
             NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateHasUnknownRoot:
            return "TLS handshake failed"
        case NSURLErrorBadServerResponse: return "malformed HTTP reply"
        default: return "network error \(code)"
        }
    }
}

/// The task of one exchange and why it ended, shared by URLSession's callback
/// queue, the deadline timer and the cancellation handler.
///
/// `@unchecked Sendable`: every member is read and written under `lock`.
private final class ExchangeState: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var didTimeOut = false
    private var wasCancelled = false

    var timedOut: Bool { lock.withLock { didTimeOut } }
    var cancelled: Bool { lock.withLock { wasCancelled } }

    func start(_ task: URLSessionDataTask) {
        let cancelAtOnce = lock.withLock { () -> Bool in
            self.task = task
            return wasCancelled
        }
        task.resume()
        if cancelAtOnce { task.cancel() }
    }

    func expire() {
        let t = lock.withLock { () -> URLSessionDataTask? in
            guard let task, task.state == .running || task.state == .suspended else { return nil }
            didTimeOut = true
            return task
        }
        t?.cancel()
    }

    func cancel() {
        let t = lock.withLock { () -> URLSessionDataTask? in
            wasCancelled = true
            return task
        }
        t?.cancel()
    }
}
