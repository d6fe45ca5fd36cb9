import DoppelJSON

extension Command {
    static let datasets = Command(
        "datasets", summary: "List, show or remove the datasets kept in the daemon's dataset store",
        discussion: """
            Datasets made by generate_data live in $XDG_DATA_HOME/doppel/datasets/<id>/ (or the
            daemon's --data-dir), each with its files and a manifest.json.
            """,
        subcommands: [datasetsList, datasetsShow, datasetsRemove])

    static let datasetsList = Command(
        "list", summary: "List stored datasets, newest first",
        flags: [Flag("json", help: "Print the datasets.list result as JSON")],
        run: { arguments, context in
            let result = try DatasetsCommand.call("datasets.list", params: nil, arguments, context)
            context.console.out(arguments.has("json") ? result.serialized(pretty: true) + "\n" : DatasetsCommand.table(result))
            return .ok
        })

    static let datasetsShow = Command(
        "show", summary: "Show one dataset: its manifest and file paths",
        flags: [Flag("json", help: "Print the datasets.get result as JSON")],
        positionals: [Positional("id", help: "The dataset's id (see doppel datasets list)")],
        run: { arguments, context in
            let id = try DatasetsCommand.id(arguments)
            let result = try DatasetsCommand.call("datasets.get", params: ["id": .string(id)], arguments, context)
            context.console.out(arguments.has("json") ? result.serialized(pretty: true) + "\n" : DatasetsCommand.details(result))
            return .ok
        })

    static let datasetsRemove = Command(
        "rm", summary: "Remove a stored dataset and its files",
        flags: [Flag("json", help: "Print the datasets.delete result as JSON")],
        positionals: [Positional("id", help: "The dataset's id (see doppel datasets list)")],
        run: { arguments, context in
            let id = try DatasetsCommand.id(arguments)
            let result = try DatasetsCommand.call("datasets.delete", params: ["id": .string(id)], arguments, context)
            context.console.out(arguments.has("json") ? result.serialized(pretty: true) + "\n" : "deleted \(id)\n")
            return .ok
        })
}

/// Calls and renderings shared by `doppel datasets list|show|rm`.
enum DatasetsCommand {
    static func id(_ arguments: ParsedArguments) throws -> String {
        guard let id = arguments.positional(0), !id.isEmpty else {
            throw UsageError("a dataset id is required (see doppel datasets list)", commandPath: arguments.commandPath)
        }
        return id
    }

    static func call(_ method: String, params: JSON?, _ arguments: ParsedArguments, _ context: CLIContext) throws -> JSON {
        let (client, connection, _) = try context.connect(arguments)
        return try connection.call(method, params: params, timeout: client.options.timeout)
    }

    /// `datasets.list` as a table: id, created, rows, bytes, files, prompt (cut to fit).
    static func table(_ result: JSON) -> String {
        let list = result["datasets"]?.arrayValue ?? []
        guard !list.isEmpty else { return "no datasets in \(result["root"]?.stringValue ?? "the store")\n" }
        var rows = [["ID", "CREATED", "ROWS", "BYTES", "FILES", "PROMPT"]]
        for d in list {
            let prompt = d["prompt"]?.stringValue ?? "-"
            rows.append([d["id"]?.stringValue ?? "?", d["created"]?.stringValue ?? "?",
                         d["rows"]?.intValue.map(String.init) ?? "?", d["bytes"]?.intValue.map(String.init) ?? "?",
                         String(d["files"]?.arrayValue?.count ?? 0), oneLine(prompt, max: 60)])
        }
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        let numeric: Set<Int> = [2, 3, 4]
        return rows.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i == row.count - 1 ? cell : numeric.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `datasets.get` for people: where it is, what made it, its tables and files.
    static func details(_ result: JSON) -> String {
        let m = result["manifest"]
        func text(_ v: JSON?) -> String { v.map { $0.stringValue ?? $0.serialized() } ?? "-" }
        var lines = ["id:        \(text(result["id"]))",
                     "directory: \(text(result["directory"]))",
                     "created:   \(text(m?["created_at"]))",
                     "method:    \(text(m?["method"]))",
                     "prompt:    \(text(m?["prompt"]))",
                     "seed:      \(text(m?["seed"]))",
                     "format:    \(text(m?["format"]))"]
        if let sizes = m?["sizes"]?.objectValue, !sizes.isEmpty {
            lines.append("tables:    " + sizes.map { "\($0.0) (\(text($0.1)) rows)" }.joined(separator: ", "))
        }
        lines.append("files:")
        for f in result["files"]?.arrayValue ?? [] {
            lines.append("  \(text(f["path"]))  \(text(f["bytes"])) bytes")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` on one line, cut to `max` characters with an ellipsis.
    static func oneLine(_ text: String, max: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > max ? String(flat.prefix(max - 1)) + "…" : flat
    }
}
