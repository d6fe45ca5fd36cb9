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

    /// Records across all datasets.
    public var totalRecords: Int { schema.entities.reduce(0) { $0.saturatingPlus($1.rows) } }
}

extension GenerateRequest {
    /// Validates `generate` params, reporting every problem at once.
    ///
    /// - Parameters:
    ///   - params: the JSON-RPC params (an object; null means empty).
    ///   - limits: record and dataset bounds (the daemon may raise `maxRecords`).
    ///   - plan: plans a prompt; the server passes its cached planner.
    /// - Returns: the request, or a `RequestError` whose data is
    ///   `{"error": "Invalid request payload", "issues": [...], "suggestions": [...]}`.
    ///
    /// `datasets` follows the prompt when that is safe (see protocol/CONTRACTS.md):
    /// omitted → the plan's entity count; more than the plan has → lowered to it;
    /// fewer only because the planner added tables that references need → raised
    /// when the result still fits every limit. Any other mismatch is an issue.
    public static func validate(_ params: JSON?, limits: GenerateLimits = GenerateLimits(),
                                plan: (String) -> PlanResult) -> Result<GenerateRequest, RequestError> {
        var r: ContractParams
        switch params {
        case nil, .null?: r = ContractParams(JSONObject())
        case let .object(o)?: r = ContractParams(o)
        case let other?:
            return .failure(invalidPayload(issues: ["params must be an object, got \(other.typeName)"],
                                           suggestions: ["Send params as an object, e.g. {\"prompt\": \"customers and orders\"}"]))
        }
        var warnings: [String] = []

        // What to generate
        var prompt = r.string("prompt")
        if let p = prompt, p.allSatisfy(\.isWhitespace) {
            r.issue("prompt must not be empty", suggestion: "Describe the data, e.g. \"E-commerce platform with customers, products and orders\"")
            prompt = nil
        } else if let p = prompt, p.count > Planner.maxPromptCharacters {
            r.issue("prompt is \(p.count.grouped) characters; the limit is \(Planner.maxPromptCharacters.grouped)",
                    suggestion: "Shorten the prompt or send a schema instead")
            prompt = nil
        }
        var schema: Schema?
        if let s = r.value("schema") {
            switch Schema.decode(s) {
            case let .success(decoded): schema = decoded
            case let .failure(error):
                for p in error.problems.prefix(20) { r.issue("schema: \(p)") }
                if error.problems.count > 20 { r.issue("schema: … and \(error.problems.count - 20) more problems") }
                r.suggest("Fix the schema (see protocol/SCHEMA.md) or send a prompt instead")
            }
        }
        if !r.has("prompt") && !r.has("schema") {
            r.issue("Missing prompt or schema: one of them is required",
                    suggestion: "Add a prompt describing the data, e.g. \"E-commerce platform with customers, products and orders\"")
        }

        // How much
        let datasetsAsked = r.wholeNumber("datasets", what: "datasets")
        if let d = datasetsAsked, d < limits.minDatasets || d > limits.maxDatasets {
            r.issue("datasets must be between \(limits.minDatasets) and \(limits.maxDatasets), got \(d)",
                    suggestion: "Set datasets to a number from \(limits.minDatasets) to \(limits.maxDatasets)")
        }
        var size = r.wholeNumber("dataset_size", what: "Dataset size")
        let rows = r.wholeNumber("rows", what: "rows")
        if let rows {
            if let s = size, s != rows {
                r.issue("rows (\(rows.grouped)) and dataset_size (\(s.grouped)) disagree", suggestion: "Send only dataset_size")
            } else {
                size = rows
            }
        }
        if let s = size, s < 1 {
            r.issue("Dataset size must be at least 1, got \(s.grouped)", suggestion: "Set dataset_size to a number from 1 to \(limits.maxDatasetSize.grouped)")
        } else if let s = size, s > limits.maxDatasetSize {
            r.issue("Dataset size \(s.grouped) exceeds limit of \(limits.maxDatasetSize.grouped) records per dataset",
                    suggestion: "Set dataset_size to at most \(limits.maxDatasetSize.grouped)")
        }
        let shape = readRowShape(&r, limits: limits)
        if shape.factRows != nil, size != nil {
            r.issue("fact_rows and dataset_size are both given; they size tables differently", suggestion: "Send only one of fact_rows and dataset_size")
        }
        let reality = r.wholeNumber("reality", what: "Reality level")
        if let v = reality, v < limits.minReality || v > limits.maxReality {
            r.issue("Reality level must be between \(limits.minReality) and \(limits.maxReality), got \(v)",
                    suggestion: "Set reality from \(limits.minReality) (clean) to \(limits.maxReality) (messiest)")
        }

        // How to write it
        var formatName = "json"
        if let f = r.string("output_format") {
            if let parsed = OutputFormat(name: f), !f.contains(where: \.isWhitespace) { formatName = parsed.fileExtension } else {
                r.issue("Unknown output_format \"\(f.prefix(40))\"; expected one of json, csv, sql, jsonl",
                        suggestion: "Set output_format to \"json\", \"csv\", \"sql\" or \"jsonl\"")
            }
        }
        var dialect: SQLDialect?
        if let d = r.string("dialect") {
            if let parsed = SQLDialect(rawValue: d.lowercased()) { dialect = parsed } else {
                r.issue("Unknown dialect \"\(d.prefix(40))\"; expected one of sqlite, postgres, mysql", suggestion: "Set dialect to \"sqlite\", \"postgres\" or \"mysql\"")
            }
        }
        let format = formatName == "sql" ? OutputFormat.sql(dialect ?? .sqlite) : OutputFormat(name: formatName) ?? .json
        var csv = CSVOptions()
        if let token = r.string("csv_null") {
            if let problem = CSVOptions.problem(withNullToken: token) {
                r.issue("csv_null: \(problem), got \(ContractParams.describe(.string(String(token.prefix(40)))))",
                        suggestion: "Set csv_null to a token such as \"\\N\" or \"NULL\"")
            } else {
                csv.null = token
            }
        }
        if let style = r.string("csv_datetime") {
            if let parsed = CSVOptions.DatetimeStyle(rawValue: style.lowercased()) { csv.datetime = parsed } else {
                r.issue("Unknown csv_datetime \"\(style.prefix(40))\"; expected iso or sql", suggestion: "Set csv_datetime to \"iso\" or \"sql\"")
            }
        }
        var sqlStyle = SQLStyle.copy
        if let st = r.string("sql_style") {
            if let parsed = SQLStyle(rawValue: st.lowercased()) { sqlStyle = parsed } else {
                r.issue("Unknown sql_style \"\(st.prefix(40))\"; expected copy or inserts", suggestion: "Set sql_style to \"copy\" or \"inserts\"")
            }
        }
        var shard: Shard?
        if let s = r.value("shard") {
            if let text = s.stringValue, let parsed = Shard(text) { shard = parsed } else {
                r.issue("shard must be \"K/N\" with 1 ≤ K ≤ N, got \(ContractParams.describe(s))", suggestion: "Set shard like \"1/4\"")
            }
        }
        var seed: UInt64?
        if let s = r.value("seed") {
            if let i = s.int64Value, i >= 0 { seed = UInt64(i) } else {
                r.issue("seed must be a non-negative whole number, got \(ContractParams.describe(s))")
            }
        }
        let outDir = r.string("out_dir")
        if let o = outDir, o.isEmpty || o.contains("\u{0}") {
            r.issue("out_dir must be a directory path without NUL bytes")
        }
        let stream = r.bool("stream") ?? false
        let manifest = r.bool("manifest") ?? false
        let apiKeyProvided = r.value("api_key") != nil  // accepted, never kept
        // Read by the daemon's planning and text-pool services (planner choice, model or built-in text).
        _ = r.value("planner")
        _ = r.value("text_source")
        for key in r.params.keys where !r.seen.contains(key) {
            warnings.append("Ignored unknown parameter \"\(key.prefix(40))\"")
        }
        if dialect != nil, formatName != "sql" { warnings.append("dialect applies to SQL output only; ignored for \(formatName)") }
        if (r.has("csv_null") || r.has("csv_datetime")), format != .csv { warnings.append("csv_null and csv_datetime apply to CSV output only; ignored for \(format)") }
        if r.has("sql_style"), format != .sql(.postgres) { warnings.append("sql_style applies to PostgreSQL scripts only; ignored for \(format)") }

        // What the prompt or schema asks for, reconciled with `datasets` and the limits.
        var planned: PlanResult?
        var target: Schema?
        if let schema {
            target = schema
        } else if let prompt {
            let p = plan(prompt)
            planned = p
            target = p.schema
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
            if planned != nil {
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
        guard r.issues.isEmpty, var schemaOut = target else {
            return .failure(invalidPayload(issues: r.issues, suggestions: r.suggestions))
        }
        if let seed { schemaOut.seed = seed }
        var request = GenerateRequest(prompt: prompt, plan: planned, schema: schemaOut, datasets: schemaOut.entities.count,
                                        datasetSize: shape.factRows ?? finalSize,
                                        // A schema is an exact specification: clean unless asked (see CONTRACTS.md).
                                        reality: reality ?? (schema != nil ? 0 : limits.defaultReality), outputFormat: format,
                                        dialect: dialect, shard: shard, seed: seed, outDir: outDir, stream: stream, manifest: manifest,
                                        apiKeyProvided: apiKeyProvided, warnings: warnings + (planned?.warnings ?? []))
        request.sqlStyle = sqlStyle
        request.csv = csv
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
