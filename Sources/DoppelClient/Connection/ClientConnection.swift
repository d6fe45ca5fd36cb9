import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// A blocking connection to the daemon, for one thread at a time.
///
/// `call` sends a request and reads until its response, handing any
/// notifications (`$/progress`, `$/chunk`) to a callback on the way.
public final class ClientConnection {
    public let socketPath: String
    let fd: FileDescriptor
    private var decoder: FrameDecoder
    private var nextID: Int64 = 1
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var isClosed = false

    init(fd: FileDescriptor, socketPath: String, maxFrameBytes: Int = FrameDecoder.defaultMaxFrameBytes) {
        self.fd = fd
        self.socketPath = socketPath
        self.decoder = FrameDecoder(maxFrameBytes: maxFrameBytes)
    }

    /// Connects to a daemon already listening at `socketPath` (no auto-start).
    public static func connect(socketPath: String) throws -> ClientConnection {
        do {
            return ClientConnection(fd: try UnixSocket.connect(path: socketPath), socketPath: socketPath)
        } catch let error as SystemError where error.isNoSuchFile || error.isConnectionRefused {
            throw ClientError.daemonUnavailable("no daemon is listening on \(socketPath)")
        } catch {
            throw ClientError.daemonUnavailable("cannot connect to \(socketPath): \(error)")
        }
    }

    deinit { close() }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        fd.close()
    }

    /// Sends a request and waits for its result.
    ///
    /// - Parameters:
    ///   - timeout: seconds; nil or 0 waits for ever.
    ///   - onNotification: called for each notification that arrives meanwhile.
    /// - Throws: `ClientError.remote` carrying the daemon's error, or a transport error.
    ///
    /// `onWarnings` gets the response's envelope-level `warnings` (sent beside
    /// `result` by methods whose result has a fixed shape), when there are any.
    public func call(_ method: String, params: JSON? = nil, timeout: Double? = nil,
                     onNotification: (RPCNotification) -> Void = { _ in },
                     onWarnings: ([String]) -> Void = { _ in }) throws -> JSON {
        let id = RPCID.int(nextID)
        nextID += 1
        try send(.request(RPCRequest(id: id, method: method, params: params)))
        let deadline = timeout.flatMap { $0 > 0 ? MonotonicClock.nanoseconds() + UInt64($0 * 1e9) : nil }
        while true {
            guard let message = try receive(deadline: deadline) else {
                throw ClientError.timedOut(method: method, seconds: timeout ?? 0)
            }
            switch message {
            case let .response(response) where response.id == id || response.id == .null:
                switch response.outcome {
                case let .success(result):
                    if !response.warnings.isEmpty { onWarnings(response.warnings) }
                    return result
                case let .failure(error): throw ClientError.remote(error)
                }
            case let .notification(n): onNotification(n)
            default: continue
            }
        }
    }

    /// Sends one message as a frame.
    public func send(_ message: RPCMessage) throws {
        try sendFrame(payload: message.json.serializedBytes())
    }

    /// Sends raw payload bytes as one frame (the `rpc` bridge forwards lines untouched).
    public func sendFrame(payload: [UInt8]) throws {
        do {
            try fd.sendAll(FrameEncoder.frame(payload))
        } catch {
            throw ClientError.connectionClosed
        }
    }

    /// The next message, or nil if `deadline` (monotonic ns) passes first.
    public func receive(deadline: UInt64? = nil) throws -> RPCMessage? {
        guard let payload = try receiveFrame(deadline: deadline) else { return nil }
        let decoded = payload.withUnsafeBufferPointer { RPCMessage.decode(bytes: $0) }
        switch decoded {
        case let .success(message): return message
        case let .failure(problem): throw ClientError.protocolViolation(problem.error.message)
        }
    }

    /// The next frame's payload, or nil on timeout. Throws `connectionClosed` at end of stream.
    public func receiveFrame(deadline: UInt64? = nil) throws -> [UInt8]? {
        while true {
            do {
                if let frame = try decoder.next() { return frame }
            } catch {
                throw ClientError.protocolViolation("\(error)")
            }
            if let deadline {
                let now = MonotonicClock.nanoseconds()
                if now >= deadline { return nil }
                let ms = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
                guard try fd.waitReadable(timeoutMilliseconds: ms) else { return nil }
            }
            // A reset peer reads as the end of the stream.
            let n = (try? readBuffer.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
            if n == 0 { throw ClientError.connectionClosed }
            decoder.append(contentsOf: readBuffer[0..<n])
        }
    }
}
