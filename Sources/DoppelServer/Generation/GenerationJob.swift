import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// The CPU half of `generate`, run on a worker: writes every output of the
/// plan (files, inline bytes or `$/chunk`s), records defects, and validates
/// the blocks as they are written (`OutputValidator`).
///
/// Memory does not grow with the row count when writing files or streaming:
/// the engine hands over one block at a time; validation keeps only the
/// distinct keys of unique and referenced fields.
struct GenerationJob: Sendable {
    enum Destination: Sendable {
        /// Files in this absolute directory, staged then renamed.
        case directory(String)
        /// `content` in the reply, refused past `limit` bytes of output.
        case inline(limit: Int)
        /// `$/chunk` items `{"dataset", "text"}` before the reply.
        case stream
    }

    struct Outcome: Sendable {
        var datasets: [GeneratedDataset]
        var validation: ValidationReport
        var defectCounts: JSON?
    }

    let request: GenerateRequest
    let plan: DatasetPlan
    let reality: Reality
    let destination: Destination
    /// Block threads for each output (the daemon's `--workers`).
    let threads: Int
    let context: any JobContext

    func run() throws -> Outcome {
        let staging = StagingArea()
        do {
            let outcome = try generate(staging)
            try context.checkCancellation()
            try staging.commitAll(sync: request.sync)
            return outcome
        } catch let error as RequestError {
            staging.discardAll()
            throw error
        } catch is CancellationError {
            staging.discardAll()
            throw RequestCancelled()
        } catch let error as SystemError {
            // Only the staged files under out_dir touch the file system here.
            staging.discardAll()
            throw IOFailure.error(error, doing: "write the output under out_dir")
        } catch {
            staging.discardAll()
            throw error
        }
    }

    private func generate(_ staging: StagingArea) throws -> Outcome {
        let format = request.outputFormat
        let generator = DatasetGenerator(plan: plan)
        let outputs = generator.outputs(for: format)
        let shard = request.shard ?? .whole
        let isSQL: Bool = { if case .sql = format { return true }; return false }()

        // The defect record: files beside the data, or collected for the reply.
        var directory: String?
        if case let .directory(d) = destination { directory = d }
        let recorder = reality.makeRecorder(
            collect: request.manifest && directory == nil,
            sink: request.manifest ? directory.map { dir in { entity in try staging.create(dir + "/" + Reality.defectsFileName(entity)) } } : nil)

        var written: [String: Int] = [:]
        var inline: [String: [UInt8]] = [:]
        var inlineTotal = 0
        let context = self.context
        let router = EntityRoutingSink { entity, bytes in
            switch destination {
            case let .inline(limit):
                inlineTotal += bytes.count
                if inlineTotal > limit { throw Self.tooLarge(limit: limit) }
                inline[entity, default: []].append(contentsOf: bytes)
            case .stream:
                try context.chunkBlocking(items: [["dataset": .string(entity), "text": .string(String(decoding: bytes, as: UTF8.self))]])
            case .directory:
                break
            }
        }

        // Progress over every output: exact for per-entity outputs, the engine's own total for one SQL script.
        let rowsTotal = isSQL ? nil : outputs.reduce(0) { sum, o in sum + shard.range(of: plan.entity(named: o.name)?.rows ?? 0).count }
        var rowsBefore = 0
        let validator = OutputValidator(plan: plan, shard: shard)
        for output in outputs {
            // The daemon's --workers (default: the cores) sets one job's block threads too.
            var options = GenerationOptions(shard: shard, threads: threads)
            options.sql.style = request.sqlStyle
            options.csv = request.csv
            options.isCancelled = { context.isCancelled || router.failed }
            options.validator = validator
            let before = rowsBefore
            options.progress = { p in context.progress(done: before + p.rowsDone, total: rowsTotal ?? p.rowsTotal, message: "rows") }
            options.blockWritten = { report in
                written[report.entity, default: 0] += report.writtenRows
                router.route(to: report.entity)
            }
            reality.configure(&options, recorder: recorder)
            let summary: WriteSummary
            do {
                if let directory {
                    summary = try generator.write(output, format: format, to: try staging.create(directory + "/" + output.fileName), options: options)
                } else {
                    summary = try generator.write(output, format: format, to: router, options: options)
                }
            } catch is CancellationError {
                if let error = router.error { throw error }
                throw RequestCancelled()
            }
            // The tail after the last block (a JSON array's `]`) belongs to the output's last entity.
            if let last = output.entities.last { router.route(to: last) }
            if let error = router.error { throw error }
            rowsBefore += summary.rows
        }
        try recorder.finish()

        let validation = validator.report()

        // Datasets in output order: schema order, or for SQL the script's (dependency) order.
        let names = isSQL ? plan.entities.map(\.name) : outputs.compactMap(\.entities.first)
        var datasets: [GeneratedDataset] = []
        for name in names {
            guard let entity = plan.entity(named: name) else { continue }
            let payload: GeneratedDataset.Payload
            switch destination {
            case let .directory(dir):
                let file = outputs.first { $0.entities.contains(name) }?.fileName ?? name
                payload = .path(dir + "/" + file)
            case .inline:
                payload = .content(Self.content(inline[name] ?? [], format: format))
            case .stream:
                payload = .streamed
            }
            var dataset = GeneratedDataset(name: name, format: format, size: written[name] ?? 0, columns: entity.columnNames, payload: payload)
            if request.manifest {
                if let directory { dataset.defectsPath = directory + "/" + Reality.defectsFileName(name) } else {
                    dataset.defects = recorder.defects[name] ?? []
                }
            }
            datasets.append(dataset)
        }
        return Outcome(datasets: datasets, validation: validation, defectCounts: recorder.countsJSON)
    }

    /// Inline `content`: CSV and SQL as text; JSON and JSONL as an array of row objects.
    ///
    /// The JSON writer puts each row on its own line (`[`, `{…},`, …, `]`), so a
    /// shard's rows parse line by line whether or not it holds the brackets.
    static func content(_ bytes: [UInt8], format: OutputFormat) -> JSON {
        switch format {
        case .csv, .sql: return .string(String(decoding: bytes, as: UTF8.self))
        case .json, .jsonl:
            var rows: [JSON] = []
            for line in bytes.split(separator: 10) {
                var slice = line[...]
                while let last = slice.last, last == UInt8(ascii: ",") || last == 13 || last == 32 { slice = slice.dropLast() }
                guard let first = slice.first, first == UInt8(ascii: "{") else { continue }
                if let row = try? JSONParser.parse(slice) { rows.append(row) }
            }
            return .array(rows)
        }
    }

    static func tooLarge(limit: Int) -> RequestError {
        var error = GenerateRequest.invalidPayload(
            issues: ["The result is larger than the inline limit of \(limit.grouped) bytes"],
            suggestions: ["Set out_dir to write files (CLI: --out DIR)", "Or set stream: true to receive the data as $/chunk notifications",
                          "Or ask for fewer rows"])
        error.kind = "RESULT_TOO_LARGE"
        error.message = "The result is larger than the inline limit of \(limit.grouped) bytes: use out_dir or stream"
        return error
    }
}
