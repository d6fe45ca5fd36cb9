import DoppelText
import DoppelEngine
import DoppelPlanner
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
/// log, worker pool, status board, and the services built from them.
///
/// Every service is built here, once, in dependency order (the LLM backend
/// before the planner and the text pools that call it), and handed to the
/// others it needs as an argument: no service looks another up, so none can
/// wait on another's construction.
public final class DaemonServices: Sendable {
    public let configuration: DaemonConfiguration
    public let socketPath: String
    public let log: Logger
    public let workers: WorkerPool
    /// Runs `generate` and `generate_data` jobs in worker processes (bounded by `workers`' slots).
    let workerProcesses: WorkerSupervisor
    /// The LLM backend, from `configuration.llm` (no model named: it calls nothing).
    public let llm: LLMBackend
    /// Planning with the plan cache (`--plan-cache-bytes`) and the LLM backend.
    public let planning: PlanningService
    /// The dataset store (`--data-dir`, else the XDG data directory).
    public let datasets: DatasetStore
    /// Free-text pools the model writes once per field.
    public let textPools: TextPoolService
    public let status = StatusBoard()
    public let identity: DaemonIdentity
    /// The names of the methods served, in registration order.
    public let methodNames: [String]
    let statistics = MethodStatistics()
    let clock: @Sendable () -> UInt64
    /// Draws the seed of a request that gave none (see `FreshSeed`); tests may fix it.
    let freshSeed: @Sendable () -> UInt64
    private let control = Locked<WeakControl>(WeakControl())
    private let installed = Locked<[ObjectIdentifier: any Sendable]>([:])

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
        let llm = LLMBackend(configuration: configuration.llm, log: log)
        self.llm = llm
        self.planning = PlanningService(byteBudget: configuration.planCacheBytes, llm: llm)
        self.datasets = DatasetStore(root: configuration.dataDirectory
                                     ?? DatasetStore.defaultRoot(environment: ProcessInfo.processInfo.environment), log: log)
        self.textPools = TextPoolService(llm: llm)
        // `status` sections in this order.
        for service in [llm, planning, datasets, textPools] as [any Sendable] {
            if let contributor = service as? any StatusContributor { status.register(contributor) }
        }
    }

    func attach(_ daemon: any DaemonControl) { control.withLock { $0.value = daemon } }

    var daemon: (any DaemonControl)? { control.withLock { $0.value } }

    /// Makes `service` available to every request as `services.service(T.self)`;
    /// if it is a `StatusContributor` its figures appear in `status`. For services
    /// an embedder adds at start-up; the daemon's own are the stored properties above.
    public func install<T: Sendable>(_ service: T) {
        installed.withLock { $0[ObjectIdentifier(T.self)] = service }
        if let contributor = service as? any StatusContributor { status.register(contributor) }
    }

    /// The installed service of type `T`, if any.
    public func service<T: Sendable>(_ type: T.Type) -> T? {
        installed.withLock { $0[ObjectIdentifier(T.self)] as? T }
    }

    func sleep(milliseconds: Int) { CurrentProcess.sleep(milliseconds: milliseconds) }
}
