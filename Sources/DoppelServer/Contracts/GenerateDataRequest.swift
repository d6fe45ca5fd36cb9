import DoppelJSON
import DoppelProtocol
import DoppelPlanner

/// A `generate_data` request that passed validation:
/// `{"prompt": "insurance dataset with the columns (name, amount)", "rows": "100"}`.
public struct GenerateDataRequest: Sendable {
    public var prompt: String
    /// Rows of the main table (`rows` may arrive as a string or a number).
    public var rows: Int
    /// The plan, with every entity sized to `rows` unless the prompt gave its own count.
    public var plan: PlanResult
    /// The table whose CSV the response links to: the first the prompt listed columns for, else the first.
    public var primaryEntity: String

    public static let defaultRows = 100

    /// Reads `generate_data` params, reporting every problem at once in the same
    /// `{"error", "issues", "suggestions"}` shape as `generate`, plus `"status": false`
    /// for clients of the hosted contract that check it. Needs no plan, so a bad request costs no planning.
    static func parse(_ params: JSON?, limits: GenerateLimits = GenerateLimits()) -> Result<GenerateDataParams, RequestError> {
        var r = ParamReader(params, wording: .hostedContract)
        guard r.notAnObject == nil else {
            return .failure(failure(r.problems.map(\.message), ["Send {\"prompt\": …, \"rows\": …}"]))
        }
        var prompt = r.optionalString("prompt")
        if !r.has("prompt") {
            r.issue("prompt is required", suggestion: "Add a prompt, e.g. \"insurance dataset with the columns (name, amount)\"")
        } else if let p = prompt, p.allSatisfy(\.isWhitespace) {
            r.issue("prompt must not be empty", suggestion: "Describe the data, e.g. \"insurance dataset with the columns (name, amount)\"")
            prompt = nil
        } else if let p = prompt, p.count > Planner.maxPromptCharacters {
            r.issue("prompt is \(p.count.grouped) characters; the limit is \(Planner.maxPromptCharacters.grouped)")
            prompt = nil
        }
        let rows = r.wholeNumber("rows", subject: "rows")
        if let n = rows, n < 1 || n > limits.maxRecords {
            r.issue("rows must be between 1 and \(limits.maxRecords.grouped), got \(n.grouped)",
                    suggestion: "Set rows to a number from 1 to \(limits.maxRecords.grouped)")
        }
        // `api_key` is accepted and never kept; `planner` and `text_source` are ModelChoice's.
        r.apply(.ignoreWithWarning, known: GenerateDataParams.members)
        guard r.isValid, let prompt else { return .failure(failure(r.problems.map(\.message), r.suggestions)) }
        return .success(GenerateDataParams(prompt: prompt, rows: rows ?? defaultRows, limits: limits, ignored: r.warnings))
    }

    /// Sizes the plan of `params.prompt` to `params.rows`: the second step.
    static func reconcile(_ params: GenerateDataParams, plan: PlanResult) -> Result<GenerateDataRequest, RequestError> {
        let count = params.rows
        let limits = params.limits
        var planned = plan
        let keep = Set(planned.rowsFromPrompt)
        let primary = planned.origins.first { $0.1 == .listed }?.0 ?? planned.schema.entities.first?.name ?? "records"
        for i in planned.schema.entities.indices where !keep.contains(planned.schema.entities[i].name) || planned.schema.entities[i].name == primary {
            planned.schema.entities[i].rows = count
        }
        // Fitted to the engine at the planner's rows; these rows can outgrow a kind's values (see EngineFit).
        planned.warnings += EngineFit.fit(&planned.schema, rowsFromPrompt: Set(planned.schema.entities.map(\.name)))
        let total = planned.schema.entities.reduce(0) { $0.saturatingPlus($1.rows) }
        if total > limits.maxRecords {
            return .failure(failure(["The plan has \(planned.schema.entities.count) tables; \(count.grouped) rows each is \(total.grouped) records, over the limit of \(limits.maxRecords.grouped)"],
                                    ["Ask for fewer rows or fewer tables"]))
        }
        return .success(GenerateDataRequest(prompt: params.prompt, rows: count, plan: planned, primaryEntity: primary))
    }

    static func failure(_ issues: [String], _ suggestions: [String]) -> RequestError {
        var e = GenerateRequest.invalidPayload(issues: issues, suggestions: suggestions)
        e.extra["status"] = false
        e.extra["message"] = .string(issues.first ?? "Invalid request payload")
        return e
    }
}

/// The params of `generate_data`, read once, before any planning.
struct GenerateDataParams: Sendable {
    /// Every member `generate_data` knows.
    static let members = ["prompt", "rows", "api_key", "planner", "text_source"]

    var prompt: String
    /// `rows`, or `GenerateDataRequest.defaultRows` when absent.
    var rows: Int
    var limits: GenerateLimits
    /// The warnings for members it ignored. The hosted reply `{status, message}` has no place for them,
    /// so today they are not sent (putting them beside `result`, as the text methods do, would change replies).
    var ignored: [String]
}
