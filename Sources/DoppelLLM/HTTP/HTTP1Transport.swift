import Foundation
import DoppelText
import DoppelEngine

/// `HTTPTransport` for `http://` endpoints — the local model servers — as a
/// small HTTP/1.1 client over a `ByteStream`.
///
/// Each exchange runs on a thread of its own that blocks in the stream's
/// `receive`: waiting minutes on a model costs no CPU (URLSession on Linux
/// spins while it waits, taking a core from a model on the same machine).
/// One connection per request (`Connection: close`); `timeout` bounds the
/// whole exchange; the body is read up to `maxResponseBytes`.
public final class HTTP1Transport: HTTPTransport {
    private let connector: any ByteStreamConnector

    public init(connector: any ByteStreamConnector) { self.connector = connector }

    public func post(_ post: HTTPPost, received: @escaping @Sendable ([UInt8]) -> Void) async throws(TransportFailure) -> HTTPReply {
        guard let url = EndpointURL(post.url), !url.isSecure else {
            throw .unreachable("the URL \(post.url) is not an http:// URL this client can reach")
        }
        let exchange = StreamExchange()
        let connector = self.connector
        let result: Result<HTTPReply, TransportFailure> = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<HTTPReply, TransportFailure>, Never>) in
                Thread.detachNewThread {
                    continuation.resume(returning: Self.run(post, url: url, connector: connector, exchange: exchange,
                                                            received: received))
                }
            }
        } onCancel: {
            exchange.cancel()
        }
        return try result.get()
    }

    /// The request's bytes: head and body.
    static func requestBytes(_ post: HTTPPost, url: EndpointURL) -> [UInt8] {
        var head = "POST \(url.target) HTTP/1.1\r\nHost: \(url.hostHeader)\r\n"
        head += "Content-Length: \(post.body.count)\r\nConnection: close\r\nAccept-Encoding: identity\r\n"
        for (name, value) in post.headers where !value.contains("\r") && !value.contains("\n") {
            head += "\(name): \(value)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + post.body
    }

    private static func run(_ post: HTTPPost, url: EndpointURL, connector: any ByteStreamConnector,
                            exchange: StreamExchange, received: @Sendable ([UInt8]) -> Void) -> Result<HTTPReply, TransportFailure> {
        let deadline = Deadline(seconds: post.timeout)
        let stream: any ByteStream
        do {
            stream = try connector.connect(host: url.host, port: url.port, within: deadline.remaining)
        } catch {
            if exchange.cancelled { return .failure(.cancelled) }
            switch error {
            case .timeout: return .failure(.timeout)
            case let .unreachable(reason): return .failure(.unreachable(reason))
            case .lost: return .failure(.connectionLost)
            }
        }
        guard exchange.attach(stream) else {
            stream.close()
            return .failure(.cancelled)
        }
        defer { stream.close() }
        var reader = HTTP1ResponseReader(maxBodyBytes: post.maxResponseBytes)
        var body: [UInt8] = []
        do {
            try stream.send(requestBytes(post, url: url))
            while !reader.isComplete {
                let remaining = deadline.remaining
                guard remaining > 0 else { return .failure(.timeout) }
                let bytes = try stream.receive(maxBytes: 64 * 1024, within: remaining)
                if exchange.cancelled { return .failure(.cancelled) }
                if bytes.isEmpty {
                    try reader.finish()
                    break
                }
                let piece = try reader.feed(bytes)
                if !piece.isEmpty {
                    body += piece
                    received(piece)
                }
            }
        } catch let failure as ByteStreamFailure {
            if exchange.cancelled { return .failure(.cancelled) }
            return .failure(failure == .timeout ? .timeout : .connectionLost)
        } catch let problem as HTTP1ResponseReader.Problem {
            if exchange.cancelled { return .failure(.cancelled) }
            switch problem {
            case .connectionLost: return .failure(.connectionLost)
            case let .tooLarge(limit): return .failure(.tooLarge(limit: limit))
            case let .malformed(what): return .failure(.unreachable("malformed HTTP reply: \(what)"))
            }
        } catch {
            return .failure(.connectionLost)
        }
        return .success(HTTPReply(status: reader.status, headers: reader.headers, body: body))
    }
}

/// A monotonic deadline.
struct Deadline {
    private let end: UInt64

    init(seconds: Double) {
        let span = UInt64(max(0, min(seconds, 86_400 * 7)) * 1_000_000_000)
        end = DispatchTime.now().uptimeNanoseconds &+ span
    }

    /// Seconds left, 0 when past.
    var remaining: Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= end ? 0 : Double(end - now) / 1_000_000_000
    }
}

/// The stream of one exchange and whether it was cancelled, shared by the
/// exchange's thread and the task's cancellation handler.
///
/// `@unchecked Sendable`: every member is read and written under `lock`.
private final class StreamExchange: @unchecked Sendable {
    private let lock = NSLock()
    private var stream: (any ByteStream)?
    private var wasCancelled = false

    var cancelled: Bool { lock.withLock { wasCancelled } }

    /// Keeps `stream` for `cancel`; false when the exchange was cancelled already.
    func attach(_ stream: any ByteStream) -> Bool {
        lock.withLock {
            self.stream = stream
            return !wasCancelled
        }
    }

    func cancel() {
        let s = lock.withLock { () -> (any ByteStream)? in
            wasCancelled = true
            return stream
        }
        s?.close()
    }
}
