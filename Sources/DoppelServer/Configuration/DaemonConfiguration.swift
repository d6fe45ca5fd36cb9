import DoppelEngine
import DoppelLLM
import DoppelProtocol
import Foundation

/// Everything `doppeld` is told at start-up; parsed in one place (`DaemonOptions`).
///
/// Adding a setting: add a stored property here with its default, and one
/// `DaemonOption` line in `DaemonOptions.all`.
public struct DaemonConfiguration: Sendable {
    /// `--socket`; nil resolves through `SocketLocation`.
    public var socketFlag: String?
    public var maxFrameBytes = FrameDecoder.defaultMaxFrameBytes
    /// Exit after this long with no connections and no work; 0 = never.
    public var idleTimeoutSeconds: Double = 3 * 60 * 60
    /// How long in-flight requests may run after a shutdown begins.
    public var drainTimeoutSeconds: Double = 10
    public var detach = false
    public var logFile: String?
    /// Serves `debug.*` methods (diagnostics and tests).
    public var enableDebugMethods = false
    /// `--workers`: jobs running CPU-heavy work at once (`RequestContext.compute`); for
    /// `generate` and `generate_data`, each in its own worker process.
    public var workerThreads = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// `--worker-memory-mb`: the address-space limit of each worker process; nil = none.
    public var workerMemoryMB: Int?
    /// The executable re-run as a worker (`doppeld` itself, set at start-up); nil runs
    /// engine jobs inside the daemon, without fault containment (in-process tests).
    public var workerExecutable: String?
    /// Where the job of a worker that died is saved; nil → `$XDG_STATE_HOME/doppel/crashed-jobs`.
    public var crashDirectory: String?
    /// Internal: set in a worker process (`--worker-fd`), the socket to its daemon.
    public var workerDescriptor: Int32?
    /// Jobs that may wait for a worker before new ones are refused as overloaded.
    public var maxQueuedJobs = 256
    /// Byte budget of the plan cache (`schema.plan`, `generate`): plans by prompt, least recently used out.
    public var planCacheBytes = PlanningService.defaultByteBudget
    /// `--data-dir`: the dataset store's directory; nil → `$XDG_DATA_HOME/doppel/datasets`.
    public var dataDirectory: String?
    /// `--max-records`: most records one `generate` request may ask for, across its datasets.
    public var maxRecords = GenerateLimits.defaultMaxRecords
    /// `--max-inline-bytes`: the largest `generate` output returned inline as `content`;
    /// larger results need `out_dir` or `stream`.
    public var maxInlineBytes = 8 << 20
    /// `--max-client-queued-bytes`: bytes that may wait for one client that reads slowly or not at all.
    public var maxClientQueuedBytes = OutboundLimits.defaultConnectionBytes
    /// `--max-queued-bytes`: bytes that may wait for all clients together.
    public var maxQueuedBytes = OutboundLimits.defaultTotalBytes
    /// The LLM backend's settings: `--llm-*` flags over `DOPPEL_LLM_*` variables
    /// (see `LLMConfiguration.options`). No model named: nothing calls a model.
    public var llm = LLMConfiguration()
    /// The `--llm-*` flags as given, resolved into `llm` once the command line is read.
    var llmFlags: [String: String] = [:]
    /// Internal: set on the background child of `--detach`.
    public var readyDescriptor: Int32?
    /// Internal: the inherited lock descriptor of the background child.
    public var lockDescriptor: Int32?

    public init() {}

    var outboundLimits: OutboundLimits {
        OutboundLimits(connectionBytes: maxClientQueuedBytes, totalBytes: maxQueuedBytes, largestReplyBytes: maxInlineBytes)
    }

    /// The socket this daemon serves.
    public func location(environment: [String: String], uid: UInt32) -> SocketLocation {
        SocketLocation.resolve(flag: socketFlag, environment: environment, uid: uid)
    }
}
