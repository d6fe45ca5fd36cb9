import DoppelJSON
import DoppelProtocol
import DoppelText
import DoppelEngine
import DoppelPlanner

/// A `generate` request that passed validation: what to generate and how,
/// with every default applied and every adjustment recorded in `warnings`.
///
/// `api_key` is accepted for compatibility with the hosted contract and
/// dropped here: only whether one was sent is kept, never its value.
public struct GenerateRequest: Sendable {
    /// The prompt, when the request gave one (echoed in `metadata.prompt`).
    public var prompt: String?
    /// The plan made from the prompt, when there was no schema.
    public var plan: PlanResult?
    /// What to generate: the given schema or the plan's, with rows set from `dataset_size`.
    public var schema: Schema
    /// Number of datasets (tables) to generate; equals `schema.entities.count`.
    public var datasets: Int
    /// Records per dataset (entities whose count the prompt stated keep it), or `fact_rows` when that sized the tables.
    public var datasetSize: Int
    public var reality: Int
    public var outputFormat: OutputFormat
    public var dialect: SQLDialect?
    public var shard: Shard?
    public var seed: UInt64?
    public var outDir: String?
    public var stream: Bool
    /// `manifest: true`: write the reality engine's defect record (`<entity>.defects.jsonl`, or inline `defects`).
    public var manifest: Bool
    /// An `api_key` member was present (its value is never kept).
    public var apiKeyProvided: Bool
    /// Adjustments and ignored members, for `metadata.warnings`.
    public var warnings: [String]
    /// `sql_style`: COPY blocks (default) or INSERTs in a PostgreSQL script.
    public var sqlStyle: SQLStyle = .copy
    /// `csv_null` and `csv_datetime`: how CSV writes NULL and datetimes.
    public var csv = CSVOptions()
    /// `sync: true`: fsync each output file (and out_dir) before it is renamed into place and the reply sent.
    public var sync = false

    /// Records across all datasets.
    public var totalRecords: Int { schema.entities.reduce(0) { $0.saturatingPlus($1.rows) } }
}

extension GenerateRequest {
    /// Reconciles read params with the plan of their prompt: the second step of `generate`.
    ///
    /// - Parameters:
    ///   - params: the params as `GenerateParams.parse` read them, with the issues found there.
    ///   - plan: the plan of `params.source`'s prompt; nil when the source is a schema (or nothing).
    /// - Returns: the request, or a `RequestError` naming the issues of both steps, whose data is
    ///   `{"error": "Invalid request payload", "issues": [...], "suggestions": [...]}`.
    ///
    /// `datasets` follows the prompt when that is safe (see protocol/CONTRACTS.md):
    /// omitted → the plan's entity count; more than the plan has → lowered to it;
    /// fewer only because the planner added tables that references need → raised
    /// when the result still fits every limit. Any other mismatch is an issue.
    static func reconcile(_ params: GenerateParams, plan: PlanResult?) -> Result<GenerateRequest, RequestError> {
        var r = params.reader
        var warnings = params.warnings
        let limits = params.limits
        let size = params.size
        let shape = params.shape
        let datasetsAsked = params.datasets
        // What the prompt or schema asks for, reconciled with `datasets` and the limits.
        var planned: PlanResult?
        var target: Schema?
        switch params.source {
        case let .schema(schema): target = schema
        case .prompt, .promptBesideBrokenSchema:
            planned = plan
            target = plan?.schema
        case .nothing: break
        }
        var datasets = datasetsAsked ?? 0
        if let target {
            datasets = reconcileDatasets(asked: datasetsAsked, schema: target, plan: planned, size: size ?? limits.defaultDatasetSize,
                                         limits: limits, reader: &r, warnings: &warnings)
        }
        let finalSize = size ?? limits.defaultDatasetSize
        let count = max(datasets, 1)
        let (total, overflow) = finalSize.multipliedReportingOverflow(by: count)
        let sizeOverLimit = shape.factRows == nil && finalSize >= 1 && finalSize <= limits.maxDatasetSize && (overflow || total > limits.maxRecords)
        if sizeOverLimit {
            let perDataset = limits.maxRecords / count
            r.issue("Dataset size \(finalSize.grouped) exceeds limit. With \(count) datasets, max size per dataset is \(perDataset.grouped)",
                    suggestion: "Set dataset_size to at most \(perDataset.grouped)")
            r.suggest("Or generate fewer datasets per request")
        }
        if var sizedSchema = target {
            let keep = Set(planned?.rowsFromPrompt ?? [])
            if shape.factRows == nil {
                sizedSchema = sized(sizedSchema, size: finalSize, sizeGiven: size != nil, keep: keep, fromPlan: planned != nil)
            }
            sizedSchema = shaped(sizedSchema, shape: shape, keep: keep, reader: &r)
            // A negative count is already an issue (`Dataset size must be at least 1`), and the engine
            // traps on one: it is never fitted, so a request cannot take the daemon down.
            if planned != nil, sizedSchema.entities.allSatisfy({ $0.rows >= 0 }) {
                // The planner fitted the plan to the engine at its own row counts; the rows asked here can
                // outgrow a kind's values, so it is fitted again at these (every count is now the request's).
                warnings += EngineFit.fit(&sizedSchema, rowsFromPrompt: Set(sizedSchema.entities.map(\.name)))
            }
            target = sizedSchema
            // Rows the schema or the prompt fixed count against the limit too.
            let total = sizedSchema.entities.reduce(0) { $0.saturatingPlus($1.rows) }
            // Reported once: when dataset_size itself is over the limit, that issue already says so.
            if total > limits.maxRecords, !sizeOverLimit {
                let biggest = sizedSchema.entities.max { $0.rows < $1.rows }
                r.issue("\(planned == nil ? "Schema" : "Prompt") asks for \(total.grouped) records in total; the limit is \(limits.maxRecords.grouped)",
                        suggestion: shape.factRows == nil ? "Lower the rows of \(biggest?.name ?? "the largest entity") or set dataset_size"
                                                          : "Lower fact_rows, or set smaller tables with rows_per")
            }
        }
        guard r.isValid, var schemaOut = target else {
            return .failure(invalidPayload(issues: r.problems.map(\.message), suggestions: r.suggestions))
        }
        if let seed = params.seed { schemaOut.seed = seed }
        var fromSchema = false
        if case .schema = params.source { fromSchema = true }
        var request = GenerateRequest(prompt: params.prompt, plan: planned, schema: schemaOut, datasets: schemaOut.entities.count,
                                        datasetSize: shape.factRows ?? finalSize,
                                        // A schema is an exact specification: clean unless asked (see CONTRACTS.md).
                                        reality: params.reality ?? (fromSchema ? 0 : limits.defaultReality), outputFormat: params.format,
                                        dialect: params.dialect, shard: params.shard, seed: params.seed, outDir: params.outDir,
                                        stream: params.stream, manifest: params.manifest,
                                        apiKeyProvided: params.apiKeyProvided, warnings: warnings + (planned?.warnings ?? []))
        request.sqlStyle = params.sqlStyle
        request.csv = params.csv
        request.sync = params.sync
        return .success(request)
    }

    /// The contract's error: `{"error": "Invalid request payload", "issues": [...], "suggestions": [...]}`.
    public static func invalidPayload(issues: [String], suggestions: [String]) -> RequestError {
        var extra = JSONObject()
        extra.appendUnique("error", "Invalid request payload")
        extra.appendUnique("issues", .array(issues.map(JSON.string)))
        extra.appendUnique("suggestions", .array(suggestions.map(JSON.string)))
        return RequestError(kind: "INVALID_REQUEST_PAYLOAD", message: "Invalid request payload: " + (issues.first ?? ""), extra: extra)
    }
}
