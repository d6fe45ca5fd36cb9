/// A fault a worker injects into itself on request (`debug.worker_fault`,
/// served only with `--enable-debug-methods`), to prove that a dying worker
/// costs one request and nothing else.
enum WorkerFault: String, Sendable, CaseIterable {
    /// A Swift trap once the job has written its first rows (staged files exist by then).
    case trap
    /// Allocates until the address-space limit (`--worker-memory-mb`) stops the worker.
    case exhaustMemory = "exhaust_memory"
}
