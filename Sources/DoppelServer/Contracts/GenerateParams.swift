import DoppelJSON
import DoppelProtocol
import DoppelEngine
import DoppelPlanner

/// A `generate` request's params, read once into types: the first step of `generate`.
///
/// Reading is pure and needs no plan: it checks each member alone and records
/// every problem in the hosted contract's words. `GenerateRequest.reconcile`
/// then takes these and the plan of the prompt (when `source` asks for one),
/// matches `datasets` and the sizes to it, and fails naming every issue of both steps.
struct GenerateParams: Sendable {
    /// Every member `generate` knows; the rest are ignored, each with a warning (CONTRACTS.md).
    static let members = ["prompt", "schema", "datasets", "max_datasets", "dataset_size", "rows", "fact_rows", "rows_per", "reality",
                          "output_format", "dialect", "csv_null", "csv_datetime", "sql_style", "shard", "seed", "out_dir",
                          "stream", "manifest", "sync", "api_key", "planner", "text_source"]

    /// What the tables come from.
    enum Source: Sendable {
        /// A schema that decoded.
        case schema(Schema)
        /// A usable prompt and no schema: planned through the planning service.
        case prompt(String)
        /// A usable prompt beside a schema that did not decode. The request fails on the schema;
        /// the prompt is planned (built-in) only so the same error names the datasets' issues too.
        case promptBesideBrokenSchema(String)
        /// Neither (an issue already says so).
        case nothing
    }

    var limits: GenerateLimits
    var source: Source = .nothing
    /// The prompt when usable (echoed in `metadata.prompt`).
    var prompt: String?
    var datasets: Int?
    /// `dataset_size` (or `rows`, its alias).
    var size: Int?
    var shape = RowShape()
    var reality: Int?
    var format = OutputFormat.json
    var dialect: SQLDialect?
    var csv = CSVOptions()
    var sqlStyle = SQLStyle.copy
    var shard: Shard?
    var seed: UInt64?
    var outDir: String?
    var stream = false
    var manifest = false
    /// `sync: true`: each file in out_dir is flushed to stable storage (fsync) before it is renamed into place.
    var sync = false
    /// An `api_key` member was present (its value is never kept here).
    var apiKeyProvided = false
    /// Ignored members and output options that do not apply, for `metadata.warnings`.
    var warnings: [String] = []
    /// The issues and suggestions found so far; `reconcile` adds its own.
    var reader: ParamReader

    /// A schema came, whether or not it decoded.
    var schemaGiven: Bool { reader.has("schema") }

    /// Reads `params`. Fails at once only when they are not an object; any other problem
    /// is kept in `reader` for `GenerateRequest.reconcile` to report with the rest.
    static func parse(_ params: JSON?, limits: GenerateLimits = GenerateLimits()) -> Result<GenerateParams, RequestError> {
        var p = GenerateParams(limits: limits, reader: ParamReader(params, wording: .hostedContract))
        guard p.reader.notAnObject == nil else {
            return .failure(GenerateRequest.invalidPayload(issues: p.reader.problems.map(\.message),
                                                           suggestions: ["Send params as an object, e.g. {\"prompt\": \"customers and orders\"}"]))
        }
        let schema = p.readWhat()
        p.readHowMuch()
        p.readOutput()
        p.apiKeyProvided = p.reader.has("api_key")  // accepted, never kept
        // `planner` and `text_source` are ModelChoice's, read before this; known here so they are not ignored.
        p.reader.apply(.ignoreWithWarning, known: members)
        p.warnings = p.reader.warnings + p.warnings
        if let schema {
            p.source = .schema(schema)
        } else if let prompt = p.prompt {
            p.source = p.schemaGiven ? .promptBesideBrokenSchema(prompt) : .prompt(prompt)
        }
        return .success(p)
    }

    /// `prompt` and `schema`; returns the schema when it decoded.
    private mutating func readWhat() -> Schema? {
        var r = reader
        defer { reader = r }
        prompt = r.optionalString("prompt")
        if let p = prompt, p.allSatisfy(\.isWhitespace) {
            r.issue("prompt must not be empty", suggestion: "Describe the data, e.g. \"E-commerce platform with customers, products and orders\"")
            prompt = nil
        } else if let p = prompt, p.count > Planner.maxPromptCharacters {
            r.issue("prompt is \(p.count.grouped) characters; the limit is \(Planner.maxPromptCharacters.grouped)",
                    suggestion: "Shorten the prompt or send a schema instead")
            prompt = nil
        }
        var schema: Schema?
        if let s = r.member("schema") {
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
        return schema
    }

    /// `datasets`, `dataset_size` (or `rows`), `fact_rows`, `rows_per` and `reality`, each against the limits.
    private mutating func readHowMuch() {
        var r = reader
        defer { reader = r }
        // Doppel's addition: more tables than the contract's five in one request (the CLI asks for its own ceiling).
        if let m = r.wholeNumber("max_datasets", subject: "max_datasets") {
            if m < limits.minDatasets || m > DatasetLimits.ceiling {
                r.issue("max_datasets must be between \(limits.minDatasets) and \(DatasetLimits.ceiling), got \(m)",
                        suggestion: "Set max_datasets to a number from \(limits.minDatasets) to \(DatasetLimits.ceiling)")
            } else {
                limits.maxDatasets = m
            }
        }
        datasets = r.wholeNumber("datasets", subject: "datasets")
        if let d = datasets, d < limits.minDatasets || d > limits.maxDatasets {
            r.issue("datasets must be between \(limits.minDatasets) and \(limits.maxDatasets), got \(d)",
                    suggestion: "Set datasets to a number from \(limits.minDatasets) to \(limits.maxDatasets)")
        }
        size = r.wholeNumber("dataset_size", subject: "Dataset size")
        if let rows = r.wholeNumber("rows", subject: "rows") {
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
        shape = GenerateRequest.readRowShape(&r, limits: limits)
        if shape.factRows != nil, size != nil {
            r.issue("fact_rows and dataset_size are both given; they size tables differently", suggestion: "Send only one of fact_rows and dataset_size")
        }
        reality = r.wholeNumber("reality", subject: "Reality level")
        if let v = reality, v < limits.minReality || v > limits.maxReality {
            r.issue("Reality level must be between \(limits.minReality) and \(limits.maxReality), got \(v)",
                    suggestion: "Set reality from \(limits.minReality) (clean) to \(limits.maxReality) (messiest)")
        }
    }
}
