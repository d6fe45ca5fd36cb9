import DoppelText

/// One output of a generation: a file's worth of bytes.
public struct GeneratedOutput: Sendable, Equatable {
    /// The entity's name, or the dataset's name for a SQL script.
    public let name: String
    /// `<entity>.<ext>`, or `<dataset>.sql`.
    public let fileName: String
    /// The entities it contains, in order.
    public let entities: [String]
}

/// How much a write produced.
public struct WriteSummary: Sendable, Equatable {
    /// Clean rows generated.
    public let rows: Int
    public let bytes: Int
    /// Rows written: `rows` plus any a transform inserted (the reality engine's duplicates).
    public var writtenRows: Int = 0
    /// Rows the engine started, the output's own and every parent row looked up for them
    /// (and for `GenerationOptions.validator`'s checks): the measure of a write's work.
    public var rowsVisited: Int = 0
}

/// Generates a resolved dataset into sinks, or as JSON rows.
///
/// ```swift
/// let plan = try schema.resolve(ResolveOptions(seed: 7)).get()
/// let generator = DatasetGenerator(plan: plan)
/// for output in generator.outputs(for: .csv) {
///     let sink = try FileSink(tempPathFor: output.fileName)   // the caller's sink
///     try generator.write(output, format: .csv, to: sink, options: GenerationOptions(shard: .whole))
/// }
/// ```
///
/// Blocks of rows are generated on `options.threads` workers and written in
/// order on the calling thread; memory does not grow with the row count.
public struct DatasetGenerator: Sendable {
    public let plan: DatasetPlan

    public init(plan: DatasetPlan) { self.plan = plan }

    /// The outputs a format produces: one per entity, or one SQL script.
    public func outputs(for format: OutputFormat) -> [GeneratedOutput] {
        if case .sql = format {
            return [GeneratedOutput(name: plan.schema.name, fileName: Self.safeFileName(plan.schema.name) + ".sql",
                                    entities: plan.entities.map(\.name))]
        }
        return plan.schema.entities.map {
            GeneratedOutput(name: $0.name, fileName: Self.safeFileName($0.name) + "." + format.fileExtension, entities: [$0.name])
        }
    }

    /// A file name made of the name's letters, digits, `-`, `_` and `.` (never a path).
    static func safeFileName(_ name: String) -> String {
        var s = String(name.unicodeScalars.map { c -> Character in
            (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ".") ? Character(c) : "_"
        })
        while s.hasPrefix(".") { s.removeFirst() }
        return s.isEmpty ? "data" : s
    }

    /// A contiguous run of one entity's rows and how to encode it.
    struct Segment: Sendable {
        let entity: Int
        let rows: Range<Int>
    }

    /// Which rows of which entities this output's shard holds.
    func segments(_ output: GeneratedOutput, format: OutputFormat, options: GenerationOptions) -> [Segment] {
        let shard = options.shard
        if case let .sql(d) = format {
            // Shards split the script's sequence of data statements (INSERTs or COPY blocks).
            let batch = options.sql.statementRows(d)
            let counts = plan.entities.map { ($0.rows + batch - 1) / batch }
            let range = shard.range(of: counts.reduce(0, +))
            var out: [Segment] = []
            var offset = 0
            for (i, e) in plan.entities.enumerated() {
                let lo = max(range.lowerBound, offset), hi = min(range.upperBound, offset + counts[i])
                if lo < hi { out.append(Segment(entity: i, rows: ((lo - offset) * batch)..<min((hi - offset) * batch, e.rows))) }
                offset += counts[i]
            }
            return out
        }
        guard let name = output.entities.first, let e = plan.entity(named: name) else { return [] }
        return [Segment(entity: e.index, rows: shard.range(of: e.rows))]
    }

    /// Blocks on the global grid of `blockRows` (so every shard and thread count cuts the same way).
    func jobs(_ segments: [Segment], blockRows: Int) -> [Segment] {
        var out: [Segment] = []
        for s in segments {
            var lo = s.rows.lowerBound
            while lo < s.rows.upperBound {
                let hi = min(s.rows.upperBound, (lo / blockRows + 1) * blockRows)
                out.append(Segment(entity: s.entity, rows: lo..<hi))
                lo = hi
            }
        }
        return out
    }

    /// Writes one output (its shard) to `sink`.
    ///
    /// - Important: blocks the calling thread until done (run it off any I/O queue); the
    ///   sink, `progress` and `isCancelled` are all called on the calling thread, in order.
    /// - Throws: the sink's errors, or `CancellationError` when `options.isCancelled` says so.
    @discardableResult
    public func write(_ output: GeneratedOutput, format: OutputFormat, to sink: some ByteSink,
                      options: GenerationOptions = GenerationOptions()) throws -> WriteSummary {
        let segments = segments(output, format: format, options: options)
        let jobs = jobs(segments, blockRows: options.effectiveBlockRows(format))
        let total = jobs.reduce(0) { $0 + $1.rows.count }
        let plan = self.plan
        let encoders: [any RowEncoder] = plan.entities.map { RowEncoders.make(format, entity: $0, plan: plan, sql: options.sql, csv: options.csv) }
        var bytes = 0
        var head: [UInt8] = []
        if options.shard.isFirst {
            if case let .sql(d) = format {
                SQLSchemaWriter.header(plan: plan, dialect: d, options: options.sql, into: &head)
            } else if let e = output.entities.first.flatMap({ plan.entity(named: $0) }) {
                encoders[e.index].header(into: &head)
            }
        }
        if !head.isEmpty { try sink.write(head); bytes += head.count }

        var done = 0
        var writtenTotal = 0
        let transform = options.transform
        let validator = options.validator
        let auditor = validator?.auditor
        var visited = 0
        let threads = min(max(1, options.threads), max(1, jobs.count))
        var written: [Int: Int] = [:]  // rows written so far per entity, for block reports
        func delivered(_ job: Segment, _ output: BlockOutput) throws {
            try sink.write(output.bytes)
            bytes += output.bytes.count
            done += job.rows.count
            if let report = options.blockWritten {
                let offset = written[job.entity, default: 0]
                report(BlockReport(entity: plan.entities[job.entity].name, firstRow: job.rows.lowerBound,
                                   cleanRows: job.rows.count, writtenRows: output.rows, outputRowOffset: offset,
                                   sidecar: output.sidecar))
            }
            written[job.entity, default: 0] += output.rows
            writtenTotal += output.rows
            visited += output.rowsVisited
            if let audit = output.audit { validator?.absorb(audit) }
            options.progress?(GenerationProgress(rowsDone: done, rowsTotal: total))
        }
        if threads == 1 {
            var worker = BlockWorker(plan: plan, transform: transform, encoders: encoders, auditor: auditor)
            var output = BlockOutput(bytes: [])
            for job in jobs {
                if options.isCancelled?() == true { throw CancellationError() }
                output.bytes.removeAll(keepingCapacity: true)
                worker.run(job, into: &output)
                try delivered(job, output)
            }
        } else {
            let pipeline = OrderedPipeline(count: jobs.count, window: 2 * threads)
            pipeline.start(threads: threads) {
                var worker = BlockWorker(plan: plan, transform: transform, encoders: encoders, auditor: auditor)
                return { index, output in worker.run(jobs[index], into: &output) }
            }
            defer {
                pipeline.stop()
                pipeline.join()
            }
            for job in jobs {
                if options.isCancelled?() == true { throw CancellationError() }
                guard let output = pipeline.take() else { break }
                try delivered(job, output)
                pipeline.recycle(output.bytes)
            }
        }

        if options.shard.isLast {
            var tail: [UInt8] = []
            if case let .sql(d) = format {
                SQLSchemaWriter.footer(plan: plan, dialect: d, options: options.sql, into: &tail)
            } else if let e = output.entities.first.flatMap({ plan.entity(named: $0) }) {
                encoders[e.index].footer(into: &tail)
            }
            if !tail.isEmpty { try sink.write(tail); bytes += tail.count }
        }
        return WriteSummary(rows: done, bytes: bytes, writtenRows: writtenTotal, rowsVisited: visited)
    }

    /// Writes every output of `format`, asking `sink(for:)` for each one's sink.
    public func writeAll(format: OutputFormat, options: GenerationOptions = GenerationOptions(),
                         sink: (GeneratedOutput) throws -> any ByteSink) throws -> [GeneratedOutput: WriteSummary] {
        var out: [GeneratedOutput: WriteSummary] = [:]
        for o in outputs(for: format) {
            let s = try sink(o)
            out[o] = try write(o, format: format, to: s, options: options)
        }
        return out
    }

    /// Rows `range` of `entity`, generated (and transformed) as one block: typed cell access for tests and the reality engine.
    public func block(of entity: String, rows range: Range<Int>, transform: (any RowBlockTransform)? = nil) -> RowBlock? {
        guard let e = plan.entity(named: entity) else { return nil }
        let r = range.clamped(to: 0..<e.rows)
        var worker = BlockWorker(plan: plan, transform: transform, encoders: [])
        return worker.generate(Segment(entity: e.index, rows: r))
    }
}

extension GeneratedOutput: Hashable {}

/// One block's encoded bytes and what the calling thread reports about it.
struct BlockOutput: Sendable {
    var bytes: [UInt8]
    var rows = 0
    var sidecar: [UInt8] = []
    /// The block's figures for `GenerationOptions.validator`, made on the worker.
    var audit: BlockAudit?
    var rowsVisited = 0
}

/// Delivered on the calling thread after each block is written, in output order.
///
/// With a `RowBlockTransform` that inserts rows, `outputRowOffset + i` is the
/// 0-based index in the written output of the block's row `i`; `sidecar` is
/// whatever the transform put in `RowBlock.sidecar` (a defect record, say), so
/// side outputs stay in order without any state shared between workers.
public struct BlockReport: Sendable {
    public let entity: String
    /// Clean (untransformed) entity row index of the block's first row.
    public let firstRow: Int
    public let cleanRows: Int
    /// Rows actually written (after the transform).
    public let writtenRows: Int
    /// Rows of this entity already written by this call before this block.
    public let outputRowOffset: Int
    public let sidecar: [UInt8]
}

/// A worker's reusable state: row contexts per entity and a block.
struct BlockWorker {
    let plan: DatasetPlan
    let transform: (any RowBlockTransform)?
    let encoders: [any RowEncoder]
    let auditor: BlockAuditor?
    var contexts: [RowContext?]
    var blocks: [RowBlock?]

    init(plan: DatasetPlan, transform: (any RowBlockTransform)?, encoders: [any RowEncoder], auditor: BlockAuditor? = nil) {
        self.plan = plan
        self.transform = transform
        self.encoders = encoders
        self.auditor = auditor
        contexts = Array(repeating: nil, count: plan.entities.count)
        blocks = Array(repeating: nil, count: plan.entities.count)
    }

    mutating func generate(_ job: DatasetGenerator.Segment) -> RowBlock {
        let e = plan.entities[job.entity]
        let ctx = contexts[job.entity] ?? RowContext(plan: plan, entity: e)
        contexts[job.entity] = ctx
        var block = blocks[job.entity] ?? RowBlock(columns: e.fields.count)
        blocks[job.entity] = nil  // keep the block's storage uniquely referenced while filling it
        block.reset(firstRow: job.rows.lowerBound, expectedRows: job.rows.count)
        block.reserveArena(job.rows.count * 16 * max(1, e.fields.count))
        for row in job.rows { ctx.generateRow(row, into: &block) }
        block.trimToRows()
        block.cellsAsGenerated = transform == nil
        transform?.transform(&block, entity: e)
        return block
    }

    mutating func run(_ job: DatasetGenerator.Segment, into out: inout BlockOutput) {
        let before = rowsVisited
        let block = generate(job)
        encoders[job.entity].encode(block, into: &out.bytes)
        out.rows = block.rowCount
        out.sidecar = block.sidecar
        if let auditor, let context = contexts[job.entity] {
            out.audit = auditor.audit(block, entity: job.entity, context: context)
        }
        out.rowsVisited = rowsVisited - before
        blocks[job.entity] = block
    }

    private var rowsVisited: Int { contexts.reduce(0) { $0 + ($1?.rowsVisited ?? 0) } }
}
