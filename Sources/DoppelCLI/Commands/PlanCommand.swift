import DoppelJSON

extension Command {
    static let plan = Command(
        "plan", summary: "Plan a schema from a plain-language description (schema.plan)",
        discussion: """
            Turns PROMPT into a schema: tables, columns with type and kind, references and row
            counts. Unknown words never fail; what the planner had to guess is listed as warnings.
            With --json, standard output is exactly the schema JSON (for `doppel generate --schema`
            or your own tools). --planner auto (default) uses the model when doppeld has one
            configured and the built-in planner otherwise; llm requires the model; builtin never
            calls it. Without --timeout, plan waits as long as a model the daemon has may take
            (the daemon bounds each model call by its --llm-timeout) and shows on a terminal how
            long it has waited and the tokens received, also from a server that does not stream.
            """,
        flags: [
            Flag("json", help: "Print only the schema, as JSON"),
            Flag("planner", value: .choice(["auto", "llm", "builtin"]),
                 help: "The model if configured (auto, default), the model or an error (llm), or the built-in planner"),
            Flag("seed", value: .number("SEED"), help: "Seed written into the schema"),
        ],
        positionals: [Positional("prompt", help: "What the data is, e.g. \"customers (id, name, email) and their orders\"")],
        run: { arguments, context in
            guard let prompt = arguments.positional(0) else {
                throw UsageError("plan needs a PROMPT describing the data", commandPath: arguments.commandPath)
            }
            var params = JSONObject([("prompt", .string(prompt))])
            if let planner = arguments.value("planner") { params["planner"] = .string(planner) }
            if let seed = try arguments.int64Value("seed") { params["seed"] = .int(seed) }
            let (client, connection, _) = try context.connect(arguments)
            let wait = try context.modelWait(arguments, source: arguments.value("planner"), connection: connection, client: client)
            let progress = ProgressBar(console: context.console)
            let result = try connection.call("schema.plan", params: .object(params), timeout: wait) { progress.notification($0) }
            progress.finish()
            if arguments.has("json") {
                context.console.out((result["schema"] ?? .null).serialized(pretty: true) + "\n")
            } else {
                context.console.out(PlanReport.render(result))
            }
            return .ok
        })
}
