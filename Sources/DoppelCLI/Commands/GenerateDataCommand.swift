import DoppelJSON
import Foundation

extension Command {
    static let generateData = Command(
        "generate-data", summary: "A CSV from a prompt, kept in the dataset store; prints its path (generate_data)",
        discussion: """
            Sends the hosted generate_data contract: the prompt is planned, every table is written
            as CSV into a new dataset of the store, and the path of the CSV of the table the prompt
            listed columns for is printed. See doppel datasets for the store. Without --timeout it
            waits as long as a model the daemon has may take to plan.
            """,
        flags: [Flag("rows", value: .number("N"), help: "Rows of the table (default 100)"),
                Flag("json", help: "Print the generate_data result ({status, message}) as JSON")],
        positionals: [Positional("prompt", help: "What to generate, e.g. \"insurance dataset with the columns (name, amount)\"")],
        run: { arguments, context in
            guard let prompt = arguments.positional(0) else {
                throw UsageError("a prompt is required", commandPath: arguments.commandPath)
            }
            var params = JSONObject([("prompt", .string(prompt))])
            if let rows = try arguments.int64Value("rows") { params["rows"] = .int(rows) }
            let (client, connection, _) = try context.connect(arguments)
            // The prompt is planned by the daemon's model when it has one, which can take minutes on a CPU.
            let wait = try context.modelWait(arguments, source: nil, connection: connection, client: client)
            let progress = ProgressBar(console: context.console)
            let result = try connection.call("generate_data", params: .object(params), timeout: wait) { progress.notification($0) }
            progress.finish()
            if arguments.has("json") {
                context.console.out(result.serialized(pretty: true) + "\n")
            } else if let text = result["message"]?.stringValue, let url = URL(string: text), url.isFileURL {
                context.console.out(url.path + "\n")
            } else {
                context.console.out(result.serialized() + "\n")
            }
            return .ok
        })
}
