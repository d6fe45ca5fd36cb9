import DoppelCore
import DoppelJSON
import DoppelPOSIX
import Foundation

/// Who this daemon is: reported by `initialize` and `status`.
public struct DaemonIdentity: Sendable {
    public let version: String
    /// Identifies the executable (see `BuildIdentity`).
    public let build: String
    public let pid: Int
    public let startedAt: Date
    let startedNanos: UInt64
}

/// What the running daemon lets its methods see and do about itself.
protocol DaemonControl: AnyObject, Sendable {
    func requestShutdown(reason: String)
    func lifecycleFigures() -> LifecycleFigures
}

/// The daemon's shared services, handed to every request: configuration,
/// log, worker pool, status board and shared objects such as caches.
public final class DaemonServices: Sendable {
    public let configuration: DaemonConfiguration
    public let socketPath: String
    public let log: Logger
    public let workers: WorkerPool
    /// Runs `generate` and `generate_data` jobs in worker processes (bounded by `workers`' slots).
    let workerProcesses: WorkerSupervisor
    public let status = StatusBoard()
    public let identity: DaemonIdentity
    /// The names of the methods served, in registration order.
    public let methodNames: [String]
    let statistics = MethodStatistics()
    let clock: @Sendable () -> UInt64
    /// Draws the seed of a request that gave none (see `FreshSeed`); tests may fix it.
    let freshSeed: @Sendable () -> UInt64
    private let control = Locked<WeakControl>(WeakControl())
    private let shared = Locked<[ObjectIdentifier: any Sendable]>([:])

    private struct WeakControl: @unchecked Sendable {
        // Only read and written under the `Locked` wrapper.
        weak var value: (any DaemonControl)?
    }

    init(configuration: DaemonConfiguration, socketPath: String, log: Logger, identity: DaemonIdentity,
         methodNames: [String], clock: @escaping @Sendable () -> UInt64 = MonotonicClock.nanoseconds,
         freshSeed: @escaping @Sendable () -> UInt64 = FreshSeed.draw) {
        self.configuration = configuration
        self.socketPath = socketPath
        self.log = log
        self.identity = identity
        self.methodNames = methodNames
        self.clock = clock
        self.freshSeed = freshSeed
        self.workers = WorkerPool(threads: configuration.workerThreads, maxQueued: configuration.maxQueuedJobs)
        let crashDirectory = configuration.crashDirectory
            ?? WorkerSupervisor.defaultCrashDirectory(environment: ProcessInfo.processInfo.environment)
        self.workerProcesses = WorkerSupervisor(
            settings: .init(executable: configuration.workerExecutable, memoryLimitMB: configuration.workerMemoryMB,
                            maxIdle: configuration.workerThreads, crashDirectory: crashDirectory), log: log)
    }

    func attach(_ daemon: any DaemonControl) { control.withLock { $0.value = daemon } }

    var daemon: (any DaemonControl)? { control.withLock { $0.value } }

    /// Makes `service` available to every request as `services.service(T.self)`;
    /// if it is a `StatusContributor` its figures appear in `status`.
    public func install<T: Sendable>(_ service: T) {
        shared.withLock { $0[ObjectIdentifier(T.self)] = service }
        if let contributor = service as? any StatusContributor { status.register(contributor) }
    }

    /// The installed service of type `T`, if any.
    public func service<T: Sendable>(_ type: T.Type) -> T? {
        shared.withLock { $0[ObjectIdentifier(T.self)] as? T }
    }

    /// The service of type `T`, created by `make` on first use (once, even under races).
    public func shared<T: Sendable>(_ type: T.Type, make: () throws -> T) rethrows -> T {
        let created: T = try shared.withLock { store in
            if let existing = store[ObjectIdentifier(T.self)] as? T { return existing }
            let made = try make()
            store[ObjectIdentifier(T.self)] = made
            return made
        }
        if let contributor = created as? any StatusContributor, !contributorRegistered(T.self) {
            status.register(contributor)
        }
        return created
    }

    private let registeredContributors = Locked<Set<ObjectIdentifier>>([])

    private func contributorRegistered<T>(_ type: T.Type) -> Bool {
        registeredContributors.withLock { !$0.insert(ObjectIdentifier(T.self)).inserted }
    }

    func sleep(milliseconds: Int) { CurrentProcess.sleep(milliseconds: milliseconds) }
}
