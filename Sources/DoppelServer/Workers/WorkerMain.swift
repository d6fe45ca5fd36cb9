import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// `doppeld --worker-fd FD`: a worker process. Reads `run` messages from the
/// daemon on `FD`, runs each job (writing files straight into its staging
/// area), and answers; exits when the daemon closes the socket.
///
/// Nothing here listens, locks or logs to the socket directory: a worker knows
/// only its socket, so whatever happens inside one ends with it.
enum WorkerMain {
    static func run(descriptor: Int32, memoryLimitMB: Int?) -> Never {
        Signals.ignoreBrokenPipe()
        let channel = WorkerChannel(FileDescriptor(rawValue: descriptor))
        if let mb = memoryLimitMB {
            do { try CurrentProcess.limitAddressSpace(bytes: mb << 20) } catch {
                DaemonMain.printError("doppeld worker: \(error)")
                CurrentProcess.exit(1)
            }
        }
        do {
            try serve(channel, limited: memoryLimitMB != nil)
        } catch is WorkerChannel.Closed {
            CurrentProcess.exit(0)
        } catch {
            DaemonMain.printError("doppeld worker \(CurrentProcess.pid): \(error)")
            CurrentProcess.exit(1)
        }
        CurrentProcess.exit(0)  // serve returns only by throwing
    }

    /// Announces the worker, then answers `run` messages one at a time until the daemon closes the socket.
    /// - Throws: `WorkerChannel.Closed` at the end; any other error means the socket failed.
    static func serve(_ channel: WorkerChannel, limited: Bool) throws -> Never {
        try channel.notify("worker/ready", ["pid": .int(Int64(CurrentProcess.pid))])
        while true {
            guard let message = try channel.receive() else { continue }
            try channel.send(answer(message, channel: channel, limited: limited))
        }
    }

    /// The reply to one message: the job's result, or its error as the daemon would answer it.
    static func answer(_ message: JSON, channel: WorkerChannel, limited: Bool) -> JSON {
        let id = message["id"] ?? .null
        do {
            guard message["method"]?.stringValue == "run", let params = message["params"] else {
                throw RequestError(code: -32601, kind: "METHOD_NOT_FOUND", message: "a worker only runs jobs (method \"run\")")
            }
            let job = try WorkerJob(json: params["job"] ?? .null)
            let fault = params["fault"]?.stringValue.flatMap(WorkerFault.init(rawValue:))
            if fault == .exhaustMemory, limited { exhaustMemory() }
            let result = try job.run(context: WorkerJobContext(channel: channel, fault: fault))
            return ["jsonrpc": "2.0", "id": id, "result": result.json]
        } catch {
            return ["jsonrpc": "2.0", "id": id, "error": errorJSON(error)]
        }
    }

    /// `{code, message, data}` for what a job threw, as `Daemon.rpcError` would map it.
    static func errorJSON(_ error: Error) -> JSON {
        let e: RequestError
        switch error {
        case let r as RequestError: e = r
        case let s as SystemError: e = IOFailure.error(s, doing: "write the output")
        case is RequestCancelled, is CancellationError:
            e = RequestError(code: RPCErrorCode.requestCancelled.rawValue, kind: "CANCELLED", message: "request cancelled")
        case let r as RPCError:
            return ["code": .int(Int64(r.code.rawValue)), "message": .string(r.message), "data": .object(r.data)]
        default:
            e = RequestError(code: -32603, kind: "INTERNAL", message: "internal error in a worker: \(type(of: error))")
        }
        return ["code": .int(Int64(e.code)), "message": .string(e.message), "data": e.data]
    }

    /// Grows the heap in 16 MiB steps, touching every page, until the limit stops the process.
    private static func exhaustMemory() -> Never {
        var blocks: [[UInt8]] = []
        while true {
            blocks.append([UInt8](repeating: UInt8(blocks.count & 0xff), count: 16 << 20))
            if blocks.count > 4096 { break }  // 64 GiB: no limit stopped it; give up rather than loop
        }
        fatalError("the memory limit did not stop the worker after \(blocks.count * 16) MiB")
    }
}
