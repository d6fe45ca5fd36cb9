import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import DoppelProtocol

extension DaemonMethod {
    /// `job.replay` {job, out_dir?} — runs a saved job again (the file `ENGINE_CRASHED`
    /// names in `data.job_path`, read by `doppel replay FILE`), in a worker process.
    ///
    /// The same job gives the same bytes: a `generate` job answers like `generate`
    /// (files into its `out_dir`, or the `out_dir` given here, or inline / streamed as
    /// saved); a `generate_data` job makes a new dataset in the store and answers
    /// like `generate_data`. A job that crashed its worker crashes this one too,
    /// which is the point: the crash is reproduced without the original client.
    public static let jobReplay = DaemonMethod(
        "job.replay", summary: "Run a saved job again (the job_path of an ENGINE_CRASHED error)", run: { request in
            let params = request.params
            try params.rejectUnknown(allowed: ["job", "out_dir", "stream"])
            guard let saved = params.value("job") else { throw params.missing("job", "a saved job (the JSON object of its file)") }
            guard saved.objectValue != nil else { throw params.invalid("job", "a saved job (the JSON object of its file)", saved) }
            // A saved stream job streams again only if this request asked for a stream.
            _ = try params.bool("stream", default: false)
            var job: WorkerJob
            do { job = try WorkerJob(json: saved) } catch var error as RequestError {
                error.message = "In the saved job: " + error.message
                throw error
            }
            let services = request.services
            switch job.work {
            case var .text(t):
                // A saved stream job streams again only if this request asked for a stream.
                t.streams = t.streams && request.streaming
                job.work = .text(t)
                let items = try await TextJob.run(job, for: request)
                if !t.streams { try await TextMethods.stream(items, for: request) }
                return TextJob.reply(t.method, items: items)
            case var .generate(g):
                if let dir = try params.optionalString("out_dir") {
                    g.destination = .directory(try OutputDirectory.prepare(dir))
                } else if case let .directory(dir) = g.destination {
                    g.destination = .directory(try OutputDirectory.prepare(dir))
                } else if case .stream = g.destination, !request.streaming {
                    g.destination = .inline(limit: services.configuration.maxInlineBytes)
                }
                job.work = .generate(g)
                let outcome = try await GenerateHandler.run(job, for: request)
                let result = GenerateResponse.build(request: g.request, datasets: outcome.datasets, validation: outcome.validation,
                                                    generatedAt: Int64(Date().timeIntervalSince1970))
                return GenerateHandler.adding(defectCounts: outcome.defectCounts, level: g.reality, to: result)
            case let .generateData(d):
                let supervisor = services.workerProcesses
                let (stored, primary) = try await request.compute {
                    var primary = ""
                    let stored = try services.datasets.create(method: "generate_data") { draft in
                        let replay = WorkerJob(work: .generateData(.init(schema: d.schema, primary: d.primary,
                                                                         directory: draft.directory, threads: d.threads)))
                        guard case let .generateData(primaryFile, files) = try supervisor.run(replay, context: request) else {
                            throw RequestError(code: -32603, kind: "ENGINE_FAILED", message: "A generate_data job came back with another kind of result")
                        }
                        draft.record(files)
                        primary = primaryFile
                        let seed = d.schema.seed ?? Schema.defaultSeed
                        return DatasetManifest(id: draft.id, prompt: nil, schema: d.schema, seed: seed, format: .csv, reality: 0,
                                               sizes: d.schema.entities.map { ($0.name, $0.rows) }, files: [], createdAt: "")
                    }
                    return (stored, primary)
                }
                guard let file = stored.files.first(where: { $0.name == primary }) ?? stored.files.first else {
                    throw RequestError(code: DatasetStore.storeFailedCode, kind: "STORE_FAILED",
                                       message: "The dataset \(stored.id) was stored without its CSV")
                }
                return ["status": true, "message": .string(file.url)]
            }
        })
}
