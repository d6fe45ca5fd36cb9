import DoppelJSON
import DoppelProtocol
import DoppelText

/// A text method's built-in path, as a worker process runs it: read the
/// request, lay out its slots and write every item with the template engine.
/// The daemon sends this to a worker whenever no model writes the texts, so a
/// fault in the text engine costs one request, not the daemon.
enum TextJob {
    /// The method's items, in order.
    /// - Throws: the request's own −32602 (the worker reads the params the daemon already read); `RequestCancelled`.
    static func run(_ work: WorkerJob.TextWork, context: any JobContext) throws -> [JSON] {
        let items = try write(work, context: context)
        context.progress(done: items.count, total: items.count, message: "items")
        return items
    }

    private static func write(_ work: WorkerJob.TextWork, context: any JobContext) throws -> [JSON] {
        let params = work.params, seed = work.seed
        switch work.method {
        case "feedback.generate":
            let parsed = try FeedbackRequest(params: params, defaultSeed: seed)
            return FeedbackGenerator.assemble(parsed, slots: FeedbackGenerator.slots(for: parsed), texts: []).map(\.json)
        case "tickets.generate":
            let parsed = try TicketRequest(params: params, defaultSeed: seed)
            return TicketGenerator.assemble(parsed, slots: TicketGenerator.slots(for: parsed), texts: []).map(\.json)
        case "interviews.generate":
            let parsed = try InterviewRequest(params: params, defaultSeed: seed)
            return InterviewGenerator.merge(InterviewGenerator.plan(parsed), texts: []).map(\.json)
        case "conversations.generate":
            let parsed = try ConversationRequest(params: params, defaultSeed: seed)
            return ConversationGenerator.assemble(parsed, slots: ConversationGenerator.slots(for: parsed), texts: []).map(\.json)
        case "synth_data.generate":
            let plan = try SynthDataGenerator.plan(params: params, defaultSeed: seed)
            var rows: [JSON] = []
            rows.reserveCapacity(plan.rowCount)
            for index in 0..<plan.rowCount {
                try context.checkCancellation()
                let row = plan.row(at: index).json
                if work.streams { try context.chunkBlocking(items: [row]) }
                rows.append(row)
                context.progress(done: index + 1, total: plan.rowCount, message: "rows")
            }
            return rows
        default:
            throw RequestError.invalidParams("A text job names a method that has none: \(work.method)")
        }
    }

    /// Runs the built-in path of `method` for `request` in a worker process (or
    /// here, when the daemon has no worker executable), with the seed already announced.
    static func items(_ method: String, seed: UInt64, for request: RequestContext) async throws -> [JSON] {
        let streams = method == "synth_data.generate" && request.streaming
        let params = request.params.json ?? .object(JSONObject())
        return try await run(WorkerJob(work: .text(.init(method: method, params: params, seed: seed, streams: streams))), for: request)
    }

    /// Runs a text job (a fresh one, or a saved one `job.replay` reads) on a worker slot.
    static func run(_ job: WorkerJob, fault: WorkerFault? = nil, for request: RequestContext) async throws -> [JSON] {
        let supervisor = request.services.workerProcesses
        let method = job.method
        return try await request.compute {
            guard case let .items(items) = try supervisor.run(job, fault: fault, context: request) else {
                throw RequestError(code: -32603, kind: "ENGINE_FAILED", message: "A \(method) job came back with another kind of result")
            }
            return items
        }
    }

    /// The reply a method gives for its items: the hosted feedback contract wraps them.
    static func reply(_ method: String, items: [JSON]) -> JSON {
        method == "feedback.generate" ? ["success": true, "data": .array(items)] : .array(items)
    }
}
