import DoppelJSON
import DoppelLLM
import DoppelPOSIX
import DoppelProtocol
import Foundation

/// One client connection: a reader thread that splits frames and dispatches
/// them, the requests in flight, and the outbound queue.
///
/// Cheap (`inline`) methods are answered on the reader thread itself — no
/// thread hop between the request arriving and the reply leaving. Others run
/// as tasks, so the reader keeps taking requests and replies go out in
/// whatever order the work finishes.
///
/// `@unchecked Sendable`: the decoder and scratch buffer are locals of the
/// reader thread; shared state is in `Locked` and `OutboundQueue`.
final class Connection: @unchecked Sendable, RequestChannel {
    let number: Int
    private let fd: FileDescriptor
    let daemon: Daemon
    let outbound: OutboundQueue
    let limits: OutboundLimits
    private let inFlight = Locked<[RPCID: InFlightRequest]>([:])

    init(number: Int, fd: FileDescriptor, daemon: Daemon) {
        self.number = number
        self.fd = fd
        self.daemon = daemon
        limits = daemon.services.configuration.outboundLimits
        outbound = OutboundQueue(socket: OutboundSocket(fd: fd), hardLimit: limits.hardBytes,
                                 budget: daemon.outboundBudget)
    }

    var queuedOutboundBytes: Int { outbound.queuedBytes }

    var hasStreamRoom: Bool { outbound.hasRoom(limit: limits.streamBytes) }

    func waitForStreamRoom(isCancelled: () -> Bool) {
        outbound.waitForRoom(limit: limits.streamBytes, isCancelled: isCancelled)
    }

    /// The reader loop; returns when the client disconnects or breaks the framing.
    func run() {
        var decoder = FrameDecoder(maxFrameBytes: daemon.services.configuration.maxFrameBytes)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(4096)
        let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { readBuffer.deallocate() }
        reading: while true {
            let n: Int
            do { n = try fd.read(into: readBuffer) } catch { break }
            if n == 0 { break }
            decoder.append(UnsafeRawBufferPointer(rebasing: readBuffer[0..<n]))
            do {
                while try decoder.nextFrame({ handleFrame($0, scratch: &scratch) }) != nil {}
            } catch {
                // The stream cannot be resynchronised: say why, then close.
                let frameError = error as? FrameError ?? .zeroLength
                let code: RPCErrorCode = frameError == .zeroLength ? .invalidFrame : .frameTooLarge
                var extra = JSONObject()
                if case let .tooLarge(length, max) = frameError {
                    extra["length"] = .int(Int64(length))
                    extra["maxFrameBytes"] = .int(max)
                }
                send(RPCResponse(id: .null, error: RPCError(code: code, message: frameError.description, extra: extra)))
                daemon.services.statistics.record(method: nil, nanos: 0, outcome: .failure)
                break reading
            }
        }
        close()
    }

    private func close() {
        cancelAll(reply: false)
        outbound.close()
        daemon.connectionClosed(self)
    }

    /// Cancels every request in flight; with `reply`, each is answered −32800 now.
    func cancelAll(reply: Bool) {
        let requests = inFlight.withLock { Array($0.values) }
        for request in requests {
            request.cancel()
            if request.claimReply(), reply { send(RPCResponse(id: request.id, error: .cancelled())) }
        }
    }

    // MARK: - Dispatch

    private func handleFrame(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) {
        let started = daemon.services.clock()
        switch RPCMessage.decode(bytes: bytes) {
        case let .failure(problem):
            reply(problem.response, scratch: &scratch)
            daemon.services.statistics.record(method: nil, nanos: 0, outcome: .failure)
        case let .success(.request(request)):
            handleRequest(request, started: started, scratch: &scratch)
        case let .success(.notification(notification)):
            if notification.method == MethodName.cancel, let params = CancelParams(json: notification.params) {
                cancel(params.id)
            }
            // Other notifications are ignored, as JSON-RPC asks.
        case .success(.response):
            break  // The daemon sends no requests, so a response answers nothing.
        }
    }

    private func handleRequest(_ request: RPCRequest, started: UInt64, scratch: inout [UInt8]) {
        let statistics = daemon.services.statistics
        guard daemon.isAcceptingRequests else {
            statistics.record(method: nil, nanos: 0, outcome: .failure)
            reply(RPCResponse(id: request.id, error: .shuttingDown()), scratch: &scratch)
            return
        }
        guard let method = daemon.registry.method(named: request.method) else {
            statistics.record(method: nil, nanos: 0, outcome: .failure)
            reply(RPCResponse(id: request.id, error: .methodNotFound(request.method)), scratch: &scratch)
            return
        }
        if let refusal = admission(method) {
            statistics.record(method: method.name, nanos: 0, outcome: .failure)
            reply(RPCResponse(id: request.id, error: refusal), scratch: &scratch)
            return
        }
        switch method.handler {
        case let .inline(handler):
            // An inline reply goes out before the next frame is read, but an id
            // still held by a task is taken: one reply per id in flight.
            if inFlight.withLock({ $0[request.id] != nil }) {
                statistics.record(method: nil, nanos: 0, outcome: .failure)
                reply(RPCResponse(id: request.id, error: Self.duplicate(request.id)), scratch: &scratch)
                return
            }
            let context = RequestContext(id: request.id, method: method.name, params: request.params,
                                         services: daemon.services, cancellation: CancellationToken(), channel: self)
            let outcome: Result<JSON, RPCError>
            do { outcome = .success(try handler(context)) } catch { outcome = .failure(daemon.rpcError(for: error, in: method.name)) }
            // Counted before the reply goes out, so a `status` sent after the reply has arrived sees it.
            statistics.record(method: method.name, nanos: daemon.services.clock() &- started,
                              outcome: Self.classify(outcome))
            reply(RPCResponse(id: request.id, outcome: outcome), scratch: &scratch)
            context.runAfterReply()
        case let .task(handler):
            start(request, method: method.name, handler: handler, started: started, scratch: &scratch)
        }
    }

    private func start(_ request: RPCRequest, method: String,
                       handler: @escaping @Sendable (RequestContext) async throws -> JSON,
                       started: UInt64, scratch: inout [UInt8]) {
        let tracked = InFlightRequest(id: request.id, method: method, startedNanos: started)
        let duplicate = inFlight.withLock { map -> Bool in
            if map[request.id] != nil { return true }
            map[request.id] = tracked
            return false
        }
        if duplicate {
            reply(RPCResponse(id: request.id, error: Self.duplicate(request.id)), scratch: &scratch)
            daemon.services.statistics.record(method: nil, nanos: 0, outcome: .failure)
            return
        }
        daemon.requestStarted()
        let context = RequestContext(id: request.id, method: method, params: request.params,
                                     services: daemon.services, cancellation: tracked.cancellation, channel: self)
        let task = Task { [self] in
            let outcome: Result<JSON, RPCError>
            // While this request waits on a model, `$/progress` says so every second, with the tokens streamed so far.
            let wait = LLMProgress.Observer(heartbeat: 1) { context.progress(done: $0.tokens, total: nil, message: $0.message) }
            do { outcome = .success(try await LLMProgress.$observer.withValue(wait) { try await handler(context) }) } catch {
                outcome = .failure(daemon.rpcError(for: error, in: method))
            }
            finish(tracked, outcome: outcome, warnings: context.warnings)
            context.runAfterReply()
        }
        tracked.attach(task)
    }

    private func finish(_ request: InFlightRequest, outcome: Result<JSON, RPCError>, warnings: [String]) {
        inFlight.withLock { map in
            if map[request.id] === request { map[request.id] = nil }
        }
        let replied = request.claimReply()
        let delivered = replied && sendReply(RPCResponse(id: request.id, outcome: outcome, warnings: warnings))
        daemon.services.statistics.record(method: request.method, nanos: daemon.services.clock() &- request.startedNanos,
                                          outcome: replied ? (delivered ? Self.classify(outcome) : .failure) : .cancelled)
        daemon.requestFinished()
    }

    /// `$/cancel`: answers −32800 at once; the work stops at its next poll.
    /// An unknown or finished id is ignored.
    private func cancel(_ id: RPCID) {
        guard let request = inFlight.withLock({ $0[id] }) else { return }
        request.cancel()
        if request.claimReply() { send(RPCResponse(id: id, error: .cancelled())) }
    }

    private static func duplicate(_ id: RPCID) -> RPCError {
        RPCError(code: .invalidRequest, message: "invalid request: id \(id) is already used by a request in flight")
    }

    private static func classify(_ outcome: Result<JSON, RPCError>) -> MethodStatistics.Outcome {
        switch outcome {
        case .success: return .success
        case let .failure(e): return e.code == .requestCancelled ? .cancelled : .failure
        }
    }

    // MARK: - Output

    private func reply(_ response: RPCResponse, scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        RPCEnvelopeWriter.append(response, to: &scratch)
        outbound.send(scratch)
    }

    /// A task's reply, or `OVERLOADED` in its place when it does not fit the
    /// bytes this client (or every client) may have waiting. False when replaced.
    private func sendReply(_ response: RPCResponse) -> Bool {
        var bytes: [UInt8] = []
        RPCEnvelopeWriter.append(response, to: &bytes)
        if !outbound.admitsReply(size: bytes.count, connectionLimit: limits.connectionBytes) {
            let error = Self.overloaded("the reply (\(bytes.count) bytes) does not fit: this client has"
                + " \(outbound.queuedBytes) bytes it has not read")
            bytes.removeAll()
            RPCEnvelopeWriter.append(RPCResponse(id: response.id, error: error), to: &bytes)
            outbound.send(bytes)
            return false
        }
        outbound.send(bytes)
        return true
    }

    private func send(_ response: RPCResponse) {
        var bytes: [UInt8] = []
        RPCEnvelopeWriter.append(response, to: &bytes)
        outbound.send(bytes)
    }

    func sendNotification(method: String, params: JSON) {
        var bytes: [UInt8] = []
        RPCEnvelopeWriter.appendNotification(method: method, params: params, to: &bytes)
        outbound.send(bytes)
    }
}
