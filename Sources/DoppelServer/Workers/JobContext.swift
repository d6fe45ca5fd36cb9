import DoppelJSON

/// What engine work sees of the request it serves: cancellation, progress and
/// `$/chunk` output. The same job code runs against either side of the
/// process boundary: `RequestContext` when it runs in the daemon, and
/// `WorkerJobContext` in a worker process, which forwards both through the
/// worker's socket.
protocol JobContext: Sendable {
    var isCancelled: Bool { get }
    func checkCancellation() throws
    /// `$/progress`; implementations drop reports closer together than a tenth of a second.
    func progress(done: Int, total: Int?, message: String?)
    /// One `$/chunk` of stream items, waiting while the client is behind.
    func chunkBlocking(items: [JSON]) throws
}

extension RequestContext: JobContext {}
