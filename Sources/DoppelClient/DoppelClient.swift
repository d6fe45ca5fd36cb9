import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// How a client finds and talks to the daemon: the socket, the timeout, and
/// whether it may start one.
public struct ClientOptions: Sendable {
    public var socketFlag: String?
    /// Seconds per request; nil or 0 waits for ever.
    public var timeout: Double?
    public var autostart: Bool
    public var environment: [String: String]
    /// Extra `doppeld` arguments for an auto-started daemon.
    public var daemonArguments: [String] = []

    /// Reads `DOPPEL_NO_AUTOSTART=1` from `environment` unless `autostart` is given.
    public init(socketFlag: String? = nil, timeout: Double? = nil, autostart: Bool? = nil,
                environment: [String: String]) {
        self.socketFlag = socketFlag
        self.timeout = timeout
        self.autostart = autostart ?? !(environment["DOPPEL_NO_AUTOSTART"].map { $0 == "1" || $0 == "true" } ?? false)
        self.environment = environment
    }

    public var location: SocketLocation {
        SocketLocation.resolve(flag: socketFlag, environment: environment, uid: CurrentProcess.uid)
    }
}

/// Locate, auto-start, connect and handshake.
public struct DoppelClient: Sendable {
    public var options: ClientOptions

    public init(options: ClientOptions) { self.options = options }

    public var socketPath: String { options.location.socketPath }

    /// Connects to the daemon, starting one first if none answers and auto-start is on.
    ///
    /// Any number of clients may do this at once with no daemon running: one of
    /// them starts the daemon, and the others, finding its lock taken, wait for it
    /// to listen and connect to it (see `startOrJoin`).
    public func connect() throws -> ClientConnection {
        let location = options.location
        if let problem = location.lengthProblem { throw ClientError.daemonUnavailable(problem) }
        do {
            return try ClientConnection.connect(socketPath: location.socketPath)
        } catch ClientError.daemonUnavailable(let why) {
            guard options.autostart else {
                throw ClientError.daemonUnavailable(why + " (auto-start is off: run `doppel daemon start`)")
            }
        }
        return try startOrJoin()
    }

    /// How long `startOrJoin` waits for a daemon that another process is
    /// starting (or draining) before it gives up.
    public static let joinTimeoutMilliseconds = 30_000

    /// Starts a daemon, or joins the one another starter won the lock for.
    ///
    /// A start that finds the lock held (doppeld exits `DaemonExitStatus.lockHeld`)
    /// polls the socket until the holder listens. The holder may instead be a
    /// daemon draining before exit, which releases the lock without listening
    /// again, so the start is retried every 200 ms of waiting. The lock is never
    /// probed from here: a probe holds it for an instant, which would make a
    /// concurrent starter's daemon lose.
    func startOrJoin() throws -> ClientConnection {
        let socketPath = options.location.socketPath
        let deadline = MonotonicClock.nanoseconds() + UInt64(Self.joinTimeoutMilliseconds) * 1_000_000
        var heldBy = ""
        while true {
            switch try startDaemonOutcome() {
            case .started:
                return try ClientConnection.connect(socketPath: socketPath)
            case let .lockHeldByAnother(message):
                heldBy = message
            }
            let retryAt = MonotonicClock.nanoseconds() + 200_000_000
            while MonotonicClock.nanoseconds() < retryAt {
                if let connection = try? ClientConnection.connect(socketPath: socketPath) { return connection }
                if MonotonicClock.nanoseconds() >= deadline {
                    throw ClientError.daemonUnavailable("another doppeld holds the lock but did not listen on"
                        + " \(socketPath) within \(Self.joinTimeoutMilliseconds / 1000) s (\(heldBy))")
                }
                CurrentProcess.sleep(milliseconds: 10)
            }
        }
    }

    /// Starts `doppeld --detach` on this client's socket and waits for it to listen.
    ///
    /// - Throws: `ClientError.daemonUnavailable`, also when another daemon holds the lock.
    public func startDaemon() throws {
        if case let .lockHeldByAnother(message) = try startDaemonOutcome() {
            throw ClientError.daemonUnavailable(message)
        }
    }

    private func startDaemonOutcome() throws -> DaemonLauncher.StartOutcome {
        guard let executable = DaemonLauncher.locateDaemonExecutable(environment: options.environment) else {
            throw ClientError.daemonUnavailable(
                "no daemon is listening on \(socketPath), and no doppeld was found next to doppel or on PATH")
        }
        return try DaemonLauncher.start(executable: executable, socketPath: socketPath,
                                        extraArguments: options.daemonArguments)
    }

    /// Sends `initialize` and returns what the daemon says about itself.
    public func handshake(_ connection: ClientConnection, clientName: String = "doppel") throws -> InitializeResult {
        let params = InitializeParams(clientName: clientName, clientVersion: DoppelVersion.version)
        let result = try connection.call(MethodName.initialize, params: params.json, timeout: options.timeout)
        guard let info = InitializeResult(json: result) else {
            throw ClientError.protocolViolation("malformed initialize result")
        }
        return info
    }

    /// The build identity of the `doppeld` this client would start, if one is found.
    public var localDaemonBuild: String? {
        DaemonLauncher.locateDaemonExecutable(environment: options.environment)
            .map { BuildIdentity.of(executable: $0, version: DoppelVersion.version) }
    }

    /// True while some daemon holds this socket's lock (it may be starting or draining).
    public var daemonHoldsLock: Bool { FileLock.isHeld(path: options.location.lockPath) }

    /// Waits until no daemon holds the lock; false if one still does after `timeoutMilliseconds`.
    public func waitForExit(timeoutMilliseconds: Int) -> Bool {
        let deadline = MonotonicClock.nanoseconds() + UInt64(timeoutMilliseconds) * 1_000_000
        while daemonHoldsLock {
            if MonotonicClock.nanoseconds() >= deadline { return false }
            CurrentProcess.sleep(milliseconds: 20)
        }
        return true
    }
}
