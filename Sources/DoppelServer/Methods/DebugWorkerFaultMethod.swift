import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

extension DaemonMethod {
    /// `debug.worker_fault` {fault, method?, …its params} — a `generate` (or, with
    /// `method`, a text method's built-in path: `feedback.generate`, …) whose worker
    /// process injects `fault` into itself: `trap` (a Swift trap once the first
    /// rows are written) or `exhaust_memory` (allocates until `--worker-memory-mb`
    /// stops it; refused without that limit). Answered with `ENGINE_CRASHED`; the
    /// saved job is the generate's own, so `job.replay` of it runs without the fault.
    /// Served only with `--enable-debug-methods`.
    public static let debugWorkerFault = DaemonMethod(
        "debug.worker_fault", summary: "Diagnostics: a generate whose worker process traps or runs out of memory", run: { request in
            let params = request.params
            let name = try params.string("fault")
            guard let fault = WorkerFault(rawValue: name) else {
                throw params.invalid("fault", WorkerFault.allCases.map(\.rawValue).joined(separator: " or "), .string(name))
            }
            if fault == .exhaustMemory, request.services.configuration.workerMemoryMB == nil {
                throw RequestError.invalidParams("fault exhaust_memory needs a memory limit: start doppeld with --worker-memory-mb",
                                                 details: [("fault", name)])
            }
            if let method = try params.optionalString("method") {
                guard WorkerJob.TextWork.methods.contains(method) else {
                    throw params.invalid("method", "one of " + WorkerJob.TextWork.methods.joined(separator: ", ") + " (or absent: generate)",
                                         .string(method))
                }
                var object = params.json?.objectValue ?? JSONObject()
                object["fault"] = nil
                object["method"] = nil
                let work = WorkerJob.TextWork(method: method, params: .object(object), seed: request.services.freshSeed())
                return .array(try await TextJob.run(WorkerJob(work: .text(work)), fault: fault, for: request))
            }
            return try await GenerateHandler(request: request, fault: fault).run()
        })
}
