import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelProtocol

extension WorkerJob {
    /// What a job returns: the `Outcome` of a `generate`, or the files of a `generate_data` draft.
    enum Result: Sendable {
        case generate(GenerationJob.Outcome)
        case generateData(primaryFile: String, files: [(name: String, bytes: Int)])
        /// A text method's items, in order.
        case items([JSON])
    }

    /// Runs the job here, in this process: what a worker does with a `run` message
    /// (and the daemon itself when it has no worker executable, as in-process tests).
    func run(context: any JobContext) throws -> Result {
        switch work {
        case let .generate(g):
            let plan: DatasetPlan
            switch g.schema.resolve(ResolveOptions(seed: g.seed, textPools: g.textPools)) {
            case let .success(p): plan = p
            case let .failure(error):
                throw GenerateRequest.invalidPayload(issues: error.problems.prefix(20).map { "schema: \($0)" },
                                                     suggestions: ["Fix the schema (see protocol/SCHEMA.md)"])
            }
            let request = g.request
            let reality: Reality
            do { reality = try Reality(level: g.reality, plan: plan, recordsValues: g.manifest) } catch let e as GenerationError {
                throw e.requestError
            }
            let job = GenerationJob(request: request, plan: plan, reality: reality, destination: g.destination, threads: g.threads, context: context)
            return .generate(try job.run())
        case let .generateData(d):
            let plan = try GenerateDataPlanning.resolve(d.schema)
            let draft = DatasetDraft(id: "", createdAt: 0, directory: d.directory)
            let primary = try GenerateDataPlanning.writeCSV(plan, primary: d.primary, into: draft, threads: d.threads, request: context)
            return .generateData(primaryFile: primary, files: draft.files)
        case let .text(t):
            return .items(try TextJob.run(t, context: context))
        }
    }
}

extension WorkerJob.Result {
    /// The outcome of a `generate` job; a result of another kind is an internal error.
    func generateOutcome() throws -> GenerationJob.Outcome {
        guard case let .generate(outcome) = self else {
            throw RequestError(code: -32603, kind: "ENGINE_FAILED", message: "A generate job came back with another kind of result")
        }
        return outcome
    }

    /// The worker's reply `result`.
    var json: JSON {
        switch self {
        case let .generate(outcome):
            var o = JSONObject()
            o.appendUnique("datasets", .array(outcome.datasets.map(Self.json)))
            o.appendUnique("entity_types", .array(outcome.validation.entityTypes.map(JSON.string)))
            o.appendUnique("checks", .array(outcome.validation.checks.map(\.json)))
            if let counts = outcome.defectCounts { o.appendUnique("defect_counts", counts) }
            return .object(o)
        case let .generateData(primary, files):
            return ["primary_file": .string(primary),
                    "files": .array(files.map { ["name": .string($0.name), "bytes": .int(Int64($0.bytes))] })]
        case let .items(items):
            return ["items": .array(items)]
        }
    }

    /// Reads a worker's reply `result` for `job`; a reply that does not fit is the worker's fault (−32603).
    init(json: JSON, for job: WorkerJob) throws {
        let bad = RequestError(code: -32603, kind: "ENGINE_FAILED", message: "A worker answered with a result the daemon cannot read")
        guard let o = json.objectValue else { throw bad }
        switch job.work {
        case .text:
            guard let items = o["items"]?.arrayValue else { throw bad }
            self = .items(items)
        case .generateData:
            guard let primary = o["primary_file"]?.stringValue, let list = o["files"]?.arrayValue else { throw bad }
            let files = list.compactMap { f -> (name: String, bytes: Int)? in
                guard let name = f["name"]?.stringValue, let bytes = f["bytes"]?.intValue else { return nil }
                return (name, bytes)
            }
            guard files.count == list.count else { throw bad }
            self = .generateData(primaryFile: primary, files: files)
        case let .generate(g):
            guard let list = o["datasets"]?.arrayValue, let types = o["entity_types"]?.arrayValue,
                  let checks = o["checks"]?.arrayValue else { throw bad }
            let datasets = list.compactMap { Self.dataset($0, format: g.format) }
            let parsedChecks = checks.compactMap(Self.check)
            guard datasets.count == list.count, parsedChecks.count == checks.count else { throw bad }
            let validation = ValidationReport(entityTypes: types.compactMap(\.stringValue), checks: parsedChecks)
            self = .generate(GenerationJob.Outcome(datasets: datasets, validation: validation, defectCounts: o["defect_counts"]))
        }
    }

    private static func json(_ d: GeneratedDataset) -> JSON {
        var o = d.json.objectValue ?? JSONObject()
        o.appendUnique("name", .string(d.name))
        return .object(o)
    }

    private static func dataset(_ json: JSON, format: OutputFormat) -> GeneratedDataset? {
        guard let name = json["name"]?.stringValue, let size = json["size"]?.intValue,
              let columns = json["columns"]?.arrayValue?.compactMap(\.stringValue) else { return nil }
        let payload: GeneratedDataset.Payload
        if let path = json["path"]?.stringValue {
            payload = .path(path)
        } else if let content = json["content"] {
            payload = .content(content)
        } else if json["streamed"]?.boolValue == true {
            payload = .streamed
        } else {
            return nil
        }
        return GeneratedDataset(name: name, format: format, size: size, columns: columns, payload: payload,
                                defects: json["defects"]?.arrayValue, defectsPath: json["defects_path"]?.stringValue)
    }

    private static func check(_ json: JSON) -> ValidationCheck? {
        guard let family = json["check"]?.stringValue.flatMap(ValidationCheck.Family.init(rawValue:)),
              let target = json["target"]?.stringValue, let passed = json["passed"]?.boolValue,
              let detail = json["detail"]?.stringValue else { return nil }
        return ValidationCheck(family: family, target: target, passed: passed, detail: detail)
    }
}
