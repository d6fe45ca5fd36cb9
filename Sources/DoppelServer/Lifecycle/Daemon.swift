import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation

/// The running daemon: the listener, its connections and its lifecycle.
///
/// `@unchecked Sendable`: mutable state lives in `Locked` values; `listener`
/// is set before any other thread starts.
public final class Daemon: @unchecked Sendable, DaemonControl {
    public let services: DaemonServices
    let registry: MethodRegistry
    let location: SocketLocation
    /// Bytes waiting for every client together (`--max-queued-bytes`).
    let outboundBudget: OutboundBudget
    private let lock: FileLock
    private let lifecycle: Locked<DaemonLifecycle>
    private let connections = Locked<(next: Int, open: [Int: Connection])>((0, [:]))
    private var listener = FileDescriptor(rawValue: -1)
    /// True when systemd passed the listener: the socket and its path are systemd's to keep.
    private var socketActivated = false
    private let uid = CurrentProcess.uid
    /// How the process ends; tests of the state machine never reach it.
    private let exitProcess: @Sendable (Int32) -> Void

    init(services: DaemonServices, registry: MethodRegistry, location: SocketLocation, lock: FileLock,
         exitProcess: @escaping @Sendable (Int32) -> Void = { CurrentProcess.exitImmediately($0) }) {
        self.services = services
        self.registry = registry
        self.location = location
        self.lock = lock
        self.exitProcess = exitProcess
        let configuration = services.configuration
        outboundBudget = OutboundBudget(limit: configuration.maxQueuedBytes)
        lifecycle = Locked(DaemonLifecycle(now: services.clock(), idleTimeoutSeconds: configuration.idleTimeoutSeconds,
                                           drainTimeoutSeconds: configuration.drainTimeoutSeconds))
    }

    /// Binds the socket (or takes the one systemd passed) and starts the accept and timer threads.
    func start(inheritedListener: FileDescriptor? = nil) throws {
        if let inheritedListener {
            listener = inheritedListener
            socketActivated = true
        } else {
            do {
                listener = try UnixSocket.listen(path: location.socketPath)
            } catch {
                throw DaemonStartError("cannot listen on \(location.socketPath): \(error)")
            }
        }
        services.attach(self)
        let budget = outboundBudget, limits = services.configuration.outboundLimits
        services.status.register(.section("outbound")) {
            ["queuedBytes": .int(budget.queuedBytes), "maxQueuedBytes": .int(limits.totalBytes),
             "maxClientQueuedBytes": .int(limits.connectionBytes)]
        }
        let acceptThread = Thread { [self] in acceptLoop() }
        acceptThread.name = "doppel-accept"
        acceptThread.start()
        let timer = Thread { [self] in timerLoop() }
        timer.name = "doppel-timer"
        timer.start()
        services.log.info("listening on \(location.socketPath) (pid \(CurrentProcess.pid), build \(services.identity.build))")
    }

    private func acceptLoop() {
        var backoff = AcceptBackoff()
        while true {
            let fd: FileDescriptor
            do {
                fd = try UnixSocket.accept(listener)
                backoff.succeeded()
            } catch {
                if !isAcceptingRequests { break }
                let (wait, line) = backoff.failed(now: services.clock(), reason: "\(error)")
                if let line { services.log.warning(line) }
                CurrentProcess.sleep(milliseconds: wait)
                continue
            }
            // Refuse other users before reading a single byte from them.
            guard let peer = try? UnixSocket.peerUID(fd), peer == uid else {
                services.log.warning("refused a connection from another user")
                fd.close()
                continue
            }
            let connection = connections.withLock { state -> Connection in
                state.next += 1
                let c = Connection(number: state.next, fd: fd, daemon: self)
                state.open[state.next] = c
                return c
            }
            lifecycle.withLock { $0.connectionOpened(now: services.clock()) }
            let thread = Thread { connection.run() }
            thread.name = "doppel-conn-\(connection.number)"
            thread.start()
        }
        listener.close()
    }

    private func timerLoop() {
        while true {
            CurrentProcess.sleep(milliseconds: 100)
            let actions = lifecycle.withLock { $0.tick(now: services.clock()) }
            perform(actions)
        }
    }

    // MARK: - Events

    var isAcceptingRequests: Bool { lifecycle.withLock { $0.isRunning } }

    func connectionClosed(_ connection: Connection) {
        connections.withLock { _ = $0.open.removeValue(forKey: connection.number) }
        perform(lifecycle.withLock { $0.connectionClosed(now: services.clock()) })
    }

    func requestStarted() { lifecycle.withLock { $0.requestStarted(now: services.clock()) } }

    func requestFinished() { perform(lifecycle.withLock { $0.requestFinished(now: services.clock()) }) }

    func requestShutdown(reason: String) {
        perform(lifecycle.withLock { $0.shutdownRequested(reason: reason, now: services.clock()) })
    }

    func lifecycleFigures() -> LifecycleFigures { lifecycle.withLock { $0.figures } }

    private func perform(_ actions: [DaemonLifecycle.Action]) {
        for action in actions {
            switch action {
            case let .beginDrain(reason):
                services.log.info("shutting down (\(reason)): closing the listener, draining requests in flight")
                // Unlink first, so a new client finds no daemon here rather than a dying one.
                // A socket systemd passed stays: clients queue on it and systemd starts the next daemon.
                if !socketActivated {
                    _ = try? FileSystem.remove(location.socketPath)
                    listener.shutdownBoth()
                }
                startWatchdog()
            case .cancelRemaining:
                services.log.warning("drain deadline passed: cancelling the requests still running")
                for connection in connections.withLock({ Array($0.open.values) }) { connection.cancelAll(reply: true) }
            case let .exit(code):
                services.log.info("exiting")
                exitProcess(code)
            }
        }
    }

    /// Makes the exit certain even if a handler ignores cancellation or a lock is stuck.
    private func startWatchdog() {
        let limit = services.configuration.drainTimeoutSeconds + 3
        let thread = Thread { [services, exitProcess] in
            Thread.sleep(forTimeInterval: limit)
            services.log.error("watchdog: exit did not happen \(limit) s after shutdown began; forcing it")
            exitProcess(0)
        }
        thread.name = "doppel-watchdog"
        thread.start()
    }

    // MARK: - Errors

    /// The JSON-RPC error for anything a handler throws. Unknown errors are
    /// logged and answered with a message that leaks nothing.
    func rpcError(for error: Error, in method: String) -> RPCError {
        switch error {
        case let e as RPCError:
            return e
        case let e as RequestError:
            if e.kind == IOFailure.kind || e.code == DatasetStore.storeFailedCode {
                services.log.warning("method \(method): \(e.message)")
            }
            return RPCError(code: RPCErrorCode(e.code), message: e.message, kind: e.kind, extra: e.extra)
        case let e as SystemError:
            // A file-system call a handler did not wrap: still the client's path and errno, never −32603.
            let error = IOFailure.error(e, doing: "complete \"\(method)\"")
            services.log.warning("method \(method): \(error.message)")
            return RPCError(code: RPCErrorCode(error.code), message: error.message, kind: error.kind, extra: error.extra)
        case is RequestCancelled, is CancellationError:
            return .cancelled()
        default:
            services.log.error("method \(method) failed: \(String(describing: type(of: error)))")
            return RPCError(code: .internalError, message: "internal error while handling \"\(method)\"")
        }
    }
}
