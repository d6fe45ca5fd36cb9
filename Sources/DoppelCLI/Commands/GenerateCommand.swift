import DoppelClient
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

extension Command {
    static let generate = Command(
        "generate", summary: "Generate datasets from a plain-language prompt or a schema (generate)",
        discussion: """
            Give a PROMPT ("E-commerce platform with customers, products and orders") or --schema FILE
            (the schema form, protocol/SCHEMA.md). --rows N sizes the largest fact table (one no other table
            references: orders, order lines, events); the tables it references get fewer rows, scaled from
            the plan's or schema's shape (a million order lines come with thousands of products, not a
            million), and counts the prompt states ("Include 5 product categories") are kept. --rows-per
            TABLE=N sets one table (repeatable). Without --rows, every table gets 1000 records (a schema
            keeps its rows). Popular parents get more children, but never more than ~50 times the mean.

            With --out DIR, one file per table is written there, DIR/<table>.<ext> (SQL: one script,
            DIR/<schema name>.sql), each under a temporary name and then renamed; a summary is printed.
            Without --out, a single table (or a SQL script) goes to standard output as raw data; several
            tables print the response JSON (the datasets inline) with a note on standard error. --json
            always prints the response JSON. Reality 0 is clean, 10 very messy (prompts default to 3,
            schemas to 0); --manifest records every injected defect in <table>.defects.jsonl.
            A progress bar is drawn on standard error when it is a terminal and a run takes over a second.
            Replies are awaited without a time limit unless --timeout is given.
            """,
        flags: [
            Flag("schema", value: .path("FILE"), help: "Generate from a schema file (JSON) instead of a prompt"),
            Flag("datasets", value: .number("K"), help: "Number of tables, 1 to 100 (default: as many as the prompt describes; the hosted contract alone allows 5)"),
            Flag("rows", value: .number("N"), help: "Records in the largest (fact) table; the others scaled from it (default: 1000 per table)"),
            Flag("rows-per", value: .text("TABLE=N"), help: "Records in TABLE, over --rows and the schema (repeatable)"),
            Flag("reality", value: .number("R"), help: "Messiness 0 (clean) to 10 (very messy); default 3 for prompts, 0 for schemas"),
            Flag("manifest", help: "Record every injected defect (<table>.defects.jsonl beside the data)"),
            Flag("format", value: .choice(["json", "jsonl", "csv", "sql"]), help: "Output format (default json)"),
            Flag("dialect", value: .choice(["sqlite", "postgres", "mysql"]), help: "SQL dialect with --format sql (default sqlite)"),
            Flag("sql-style", value: .choice(["copy", "inserts"]),
                 help: "PostgreSQL rows as COPY blocks (default, loads fastest) or INSERT statements"),
            Flag("csv-null", value: .text("TOKEN"), help: "Write NULL in CSV as TOKEN (e.g. \\N or NULL) instead of an empty field"),
            Flag("csv-datetime", value: .choice(["iso", "sql"]),
                 help: "CSV datetimes as 2024-03-05T14:22:00Z (iso, default) or 2024-03-05 14:22:00 (sql)"),
            Flag("seed", value: .number("S"), help: "Seed: the same seed gives byte-identical output (default: a fresh one, printed in the summary or to standard error)"),
            Flag("out", value: .path("DIR"), help: "Write the files into DIR (created if missing; relative to the current directory)"),
            Flag("sync", help: "With --out: flush each file to disk (fsync) before it is renamed into place, so it survives a power loss"),
            Flag("shard", value: .text("K/N"), help: "Only part K of N: shards concatenated in order equal the whole"),
            Flag("planner", value: .choice(["auto", "llm", "builtin"]),
                 help: "Who plans a prompt: the model if configured (auto, default), the model or an error (llm), or the built-in planner"),
            Flag("text-source", value: .choice(["auto", "llm", "builtin"]),
                 help: "Free-text fields from a model-written pool (auto: when a model is configured, default; llm) or the built-in engine"),
            Flag("json", help: "Print the response JSON (the hosted contract's envelope)"),
        ],
        positionals: [Positional("prompt", help: "What to generate, in plain language", optional: true)],
        run: { arguments, context in
            try GenerateRun(arguments: arguments, context: context).run()
        })
}

/// `doppel generate`: builds the request, picks raw stdout, files or the envelope, draws progress.
struct GenerateRun {
    let arguments: ParsedArguments
    let context: CLIContext

    func run() throws -> ExitCode {
        do {
            return try generate()
        } catch let ClientError.remote(error) where !arguments.has("json") {
            throw ClientError.remote(GenerateFlagNames.renamed(error))
        }
    }

    private func generate() throws -> ExitCode {
        var params = try requestParams()
        let (client, connection, _) = try context.connect(arguments)
        let timeout = arguments.has("timeout") ? client.options.timeout : 0
        let progress = ProgressBar(console: context.console)
        defer { progress.finish() }

        if arguments.value("out") != nil || arguments.has("json") {
            let result = try connection.call("generate", params: .object(params), timeout: timeout) { progress.notification($0) }
            progress.finish()
            printWarnings(result)
            if arguments.has("json") {
                context.console.out(result.serialized(pretty: true) + "\n")
            } else {
                context.console.out(GenerateSummary.render(result))
            }
            return .ok
        }

        // Raw data on standard output: streamed when it is known to be one output (a SQL script, a one-table schema).
        if isSingleOutput(params) {
            params["stream"] = true
            let result = try connection.call("generate", params: .object(params), timeout: timeout) { n in
                if n.method == "$/chunk" {
                    for item in n.params?["items"]?.arrayValue ?? [] {
                        if let text = item["text"]?.stringValue { context.console.out(text) }
                    }
                } else {
                    progress.notification(n)
                }
            }
            progress.finish()
            printWarnings(result)
            printSeed(result)
            return .ok
        }
        let result = try connection.call("generate", params: .object(params), timeout: timeout) { progress.notification($0) }
        progress.finish()
        printWarnings(result)
        printSeed(result)
        let datasets = result["datasets"]?.objectValue ?? JSONObject()
        if datasets.count == 1, let only = datasets.values.first, let content = only["content"] {
            context.console.out(GenerateSummary.raw(content, format: only["format"]?.stringValue))
        } else {
            context.console.out(result.serialized(pretty: true) + "\n")
            context.console.err("doppel: \(datasets.count) datasets (\(datasets.keys.joined(separator: ", "))): printed the response;"
                + " use --out DIR for one file per dataset\n")
        }
        return .ok
    }

    /// The `generate` params from the command line.
    func requestParams() throws -> JSONObject {
        var params = JSONObject()
        let prompt = arguments.positional(0)
        if let path = arguments.value("schema") {
            let bytes: [UInt8]
            do { bytes = try FileSystem.readAll(path) } catch {
                throw UsageError("--schema \(path): cannot read it (\(error))", commandPath: arguments.commandPath)
            }
            do { params["schema"] = try JSONParser.parse(bytes) } catch {
                throw UsageError("--schema \(path): not JSON (\(error))", commandPath: arguments.commandPath)
            }
            if prompt != nil {
                throw UsageError("give a PROMPT or --schema FILE, not both", commandPath: arguments.commandPath)
            }
        } else if let prompt {
            params["prompt"] = .string(prompt)
        } else {
            throw UsageError("a PROMPT or --schema FILE is required", commandPath: arguments.commandPath)
        }
        if let k = try arguments.int64Value("datasets") { params["datasets"] = .int(k) }
        // The CLI is Doppel's own: a prompt or schema of any number of tables is one request, not the contract's five.
        params["max_datasets"] = .int(Int64(DatasetLimits.ceiling))
        if let n = try arguments.int64Value("rows") { params["fact_rows"] = .int(n) }
        if let pairs = arguments.flags["rows-per"] { params["rows_per"] = .object(try Self.rowsPer(pairs, arguments: arguments)) }
        if let r = try arguments.int64Value("reality") { params["reality"] = .int(r) }
        if arguments.has("manifest") { params["manifest"] = true }
        if arguments.has("sync") { params["sync"] = true }
        if let f = arguments.value("format") { params["output_format"] = .string(f) }
        if let d = arguments.value("dialect") { params["dialect"] = .string(d) }
        if let st = arguments.value("sql-style") { params["sql_style"] = .string(st) }
        if let token = arguments.value("csv-null") { params["csv_null"] = .string(token) }
        if let style = arguments.value("csv-datetime") { params["csv_datetime"] = .string(style) }
        if let s = try arguments.int64Value("seed") { params["seed"] = .int(s) }
        if let shard = arguments.value("shard") { params["shard"] = .string(shard) }
        if let planner = arguments.value("planner") { params["planner"] = .string(planner) }
        if let source = arguments.value("text-source") { params["text_source"] = .string(source) }
        if let out = arguments.value("out") { params["out_dir"] = .string(try Self.absolute(out, arguments: arguments)) }
        return params
    }

    /// `--rows-per TABLE=N`, each given, as `rows_per`'s object (a later TABLE wins).
    static func rowsPer(_ pairs: [String], arguments: ParsedArguments) throws -> JSONObject {
        var out = JSONObject()
        for pair in pairs {
            guard let eq = pair.lastIndex(of: "="), !pair[..<eq].isEmpty,
                  let n = Int64(pair[pair.index(after: eq)...].filter { $0 != "," && $0 != "_" }) else {
                throw UsageError("--rows-per expects TABLE=N (a table name and a whole number), got '\(pair)'", commandPath: arguments.commandPath)
            }
            out[String(pair[..<eq])] = .int(n)
        }
        return out
    }

    /// `--out` against the CLI's working directory: the daemon has its own.
    static func absolute(_ path: String, arguments: ParsedArguments) throws -> String {
        guard !path.isEmpty else { throw UsageError("--out expects a directory", commandPath: arguments.commandPath) }
        if path.hasPrefix("/") { return path }
        guard let cwd = FileSystem.currentDirectory() else {
            throw UsageError("--out \(path): the current directory cannot be read; give an absolute path", commandPath: arguments.commandPath)
        }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return cwd.hasSuffix("/") ? cwd + relative : cwd + "/" + relative
    }

    /// One output: a SQL script, or a schema with one entity.
    private func isSingleOutput(_ params: JSONObject) -> Bool {
        if arguments.value("format")?.lowercased() == "sql" { return true }
        return (params["schema"]?["entities"]?.arrayValue?.count ?? 0) == 1
    }

    /// Raw data goes to standard output, so a seed the daemon drew goes to standard error.
    private func printSeed(_ result: JSON) {
        guard !arguments.has("seed"), let seed = result["metadata"]?["seed"]?.int64Value else { return }
        context.console.err(GenerateSummary.seedLine(seed))
    }

    private func printWarnings(_ result: JSON) {
        for w in result["metadata"]?["warnings"]?.arrayValue ?? [] {
            if let text = w.stringValue { context.console.err("doppel: warning: \(text)\n") }
        }
    }
}
