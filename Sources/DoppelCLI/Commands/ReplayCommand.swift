import DoppelJSON
import Foundation

extension Command {
    static let replay = Command(
        "replay", summary: "Run a saved job again: the job_path of an ENGINE_CRASHED error (job.replay)",
        discussion: """
            When the engine crashes, doppeld answers ENGINE_CRASHED and saves the job that crashed
            (data.job_path, under $XDG_STATE_HOME/doppel/crashed-jobs/). This sends that file back to
            the daemon, which runs it again in a worker process: the same job gives the same bytes,
            and a job that crashed its worker crashes this one too, so the crash can be reproduced
            and reported with the file. The daemon keeps serving either way.
            Prints the result as JSON; files go to the job's out_dir, or to --out DIR.
            """,
        flags: [Flag("out", short: "o", value: .path("DIR"), help: "Write the files into DIR instead of the job's out_dir")],
        positionals: [Positional("file", help: "The saved job (a JSON file)")],
        run: { arguments, context in
            guard let path = arguments.positional(0) else {
                throw UsageError("the saved job's file is required", commandPath: arguments.commandPath)
            }
            let job: JSON
            do {
                job = try JSONParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw UsageError("cannot read the job file \(path): \(error)", commandPath: arguments.commandPath)
            }
            var params = JSONObject([("job", job)])
            if let out = arguments.value("out") {
                params["out_dir"] = .string(out.hasPrefix("/") ? out : FileManager.default.currentDirectoryPath + "/" + out)
            }
            let (client, connection, _) = try context.connect(arguments)
            let result = try connection.call("job.replay", params: .object(params), timeout: client.options.timeout)
            context.console.out(result.serialized(pretty: true) + "\n")
            return .ok
        })
}
