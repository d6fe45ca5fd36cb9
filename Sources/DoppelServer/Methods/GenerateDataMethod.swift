import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelProtocol

extension DaemonMethod {
    /// `generate_data` {prompt, rows?, api_key?} → `{"status": true, "message": "file:///…/<table>.csv"}`
    /// (the hosted contract; see protocol/CONTRACTS.md).
    ///
    /// The prompt is planned (through the planning service and its cache), every
    /// table is written as CSV into a new dataset in the store, and the answer
    /// links the CSV of the table the prompt gave columns for. Bad params: −32602
    /// with `{"error", "issues", "suggestions", "status": false, "message"}`.
    /// `api_key` is accepted and dropped: it reaches no log, file or manifest.
    public static let generateData = DaemonMethod(
        "generate_data", summary: "A CSV from a prompt, kept in the dataset store; answers with its file:// URL (hosted contract)",
        run: { request in
            // Read once into types before planning, so a bad request costs no planning; then reconciled with the plan.
            let params = try GenerateDataRequest.parse(request.params.json).get()
            let model = try ModelChoice.read(request.params, llm: request.services.llm)
            let outcome = try await request.services.planning.plan(params.prompt, settings: PlannerSettings(), model: model)
            let parsed = try GenerateDataRequest.reconcile(params, plan: outcome.result).get()
            let listed = parsed.plan.origins.contains { $0.0 == parsed.primaryEntity && $0.1 == .listed }
            var schema = GenerateDataPlanning.askedColumns(parsed.plan.schema, primary: parsed.primaryEntity, listed: listed,
                                                           prompt: parsed.prompt)
            // The contract has no seed: each call draws one, recorded in the dataset's manifest.
            schema.seed = request.services.freshSeed()
            let plan = try GenerateDataPlanning.resolve(schema)
            let store = request.services.datasets
            let threads = request.services.configuration.workerThreads
            let supervisor = request.services.workerProcesses
            let (stored, primaryFile) = try await request.compute {
                var primaryFile = ""
                let stored = try store.create(method: "generate_data") { draft in
                    // The worker writes the CSVs straight into the draft; the store makes it a dataset.
                    let job = WorkerJob(work: .generateData(.init(schema: plan.schema, primary: parsed.primaryEntity,
                                                                  directory: draft.directory, threads: threads)))
                    guard case let .generateData(primary, files) = try supervisor.run(job, context: request) else {
                        throw RequestError(code: -32603, kind: "ENGINE_FAILED", message: "A generate_data job came back with another kind of result")
                    }
                    draft.record(files)
                    primaryFile = primary
                    return DatasetManifest(id: draft.id, prompt: parsed.prompt, schema: plan.schema, seed: plan.seed,
                                           format: .csv, reality: 0, sizes: plan.entities.map { ($0.name, $0.rows) },
                                           files: [], createdAt: "")
                }
                return (stored, primaryFile)
            }
            guard let file = stored.files.first(where: { $0.name == primaryFile }) ?? stored.files.first else {
                throw RequestError(code: DatasetStore.storeFailedCode, kind: "STORE_FAILED",
                                   message: "The dataset \(stored.id) was stored without its CSV")
            }
            return ["status": true, "message": .string(file.url)]
        })
}
