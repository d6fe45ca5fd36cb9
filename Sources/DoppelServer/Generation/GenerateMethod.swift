import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation

extension DaemonMethod {
    /// `generate`: datasets from a `prompt` (the hosted contract) or a `schema` (the engine's form), one handler.
    ///
    /// Params and result: protocol/PROTOCOL.md and protocol/CONTRACTS.md. Bad payloads are −32602 whose data is
    /// `{"kind", "error": "Invalid request payload", "issues", "suggestions"}`.
    public static let generate = DaemonMethod(
        "generate", summary: "Datasets from a prompt or a schema: files, inline content or $/chunk stream", run: { request in
            try await GenerateHandler(request: request).run()
        })
}

/// The async half of `generate`: read the params, plan, reconcile, resolve; the CPU half is `GenerationJob` on a worker.
struct GenerateHandler {
    let request: RequestContext
    /// A fault the worker injects into itself (`debug.worker_fault` only).
    var fault: WorkerFault?

    func run() async throws -> JSON {
        let services = request.services
        let configuration = services.configuration
        // `planner`, `text_source` and `api_key` are read once, here, in either form of the request,
        // so a bad one is never silently ignored.
        let model = try ModelChoice.read(request.params, llm: services.llm)
        // Read once into types, then planned if the source asks, then reconciled with the plan.
        let params = try GenerateParams.parse(request.params.json, limits: GenerateLimits(maxRecords: configuration.maxRecords)).get()
        var parsed = try GenerateRequest.reconcile(params, plan: try await plan(params.source, model: model)).get()

        var warnings: [String] = []
        // Without a seed each call draws its own, reported in metadata.seed (CONTRACTS.md).
        if let note = parsed.settleSeed(fresh: services.freshSeed) { warnings.append(note) }
        let destination: GenerationJob.Destination
        if let dir = parsed.outDir {
            destination = .directory(try OutputDirectory.prepare(dir))
            if parsed.stream { warnings.append("stream is ignored with out_dir: the datasets are written as files") }
        } else if parsed.stream {
            destination = .stream
        } else {
            destination = .inline(limit: configuration.maxInlineBytes)
        }

        // Free-text fields draw from pools the model writes once per field (when one is configured).
        let pools = try await services.textPools.pools(for: parsed.schema, model: model, about: parsed.prompt)
        warnings += pools.warnings
        let plan: DatasetPlan
        switch parsed.schema.resolve(ResolveOptions(seed: parsed.seed, textPools: pools.pools)) {
        case let .success(p): plan = p
        case let .failure(error):
            throw GenerateRequest.invalidPayload(issues: error.problems.prefix(20).map { "schema: \($0)" },
                                                 suggestions: ["Fix the schema (see protocol/SCHEMA.md)"])
        }
        // Checked here so a bad level is refused before a worker is taken; the worker builds its own from the job.
        do { _ = try Reality(level: parsed.reality, plan: plan, recordsValues: parsed.manifest) } catch let e as GenerationError {
            throw e.requestError
        }
        let job = WorkerJob(work: .generate(.init(
            schema: parsed.schema, seed: parsed.usedSeed, textPools: pools.pools, reality: parsed.reality, format: parsed.outputFormat,
            shard: parsed.shard, manifest: parsed.manifest, sqlStyle: parsed.sqlStyle, csv: parsed.csv, destination: destination,
            threads: request.services.configuration.workerThreads, sync: parsed.sync)))
        let outcome = try await Self.run(job, fault: fault, for: request)
        let result = GenerateResponse.build(request: parsed, datasets: outcome.datasets, validation: outcome.validation,
                                            generatedAt: Int64(Date().timeIntervalSince1970), warnings: warnings)
        return Self.adding(defectCounts: outcome.defectCounts, level: parsed.reality, to: result)
    }

    /// Runs a resolved `generate` job on a worker slot, in a worker process.
    static func run(_ job: WorkerJob, fault: WorkerFault? = nil, for request: RequestContext) async throws -> GenerationJob.Outcome {
        let supervisor = request.services.workerProcesses
        return try await request.compute { try supervisor.run(job, fault: fault, context: request).generateOutcome() }
    }

    /// The plan `source` asks for: a prompt's through the planning service (cached, with the request's model choice).
    /// A prompt beside a schema that did not decode is planned built-in through the plan cache: the request
    /// fails on the schema anyway, and the plan only lets the same error name the datasets' issues.
    private func plan(_ source: GenerateParams.Source, model: ModelChoice) async throws -> PlanResult? {
        let planning = request.services.planning
        switch source {
        case let .prompt(prompt):
            return try await planning.plan(prompt, settings: PlannerSettings(), model: model).result
        case let .promptBesideBrokenSchema(prompt):
            return planning.cache.plan(prompt, planner: Planner(settings: PlannerSettings())).0
        case .schema, .nothing:
            return nil
        }
    }

    /// `metadata.defect_counts` (per kind) when the level injects defects (3 and up).
    static func adding(defectCounts: JSON?, level: Int, to result: JSON) -> JSON {
        guard let defectCounts, level >= 3, var top = result.objectValue, var meta = top["metadata"]?.objectValue else { return result }
        meta["defect_counts"] = defectCounts
        top["metadata"] = .object(meta)
        return .object(top)
    }
}
