import DoppelJSON
import DoppelPOSIX

extension Command {
    static let schema = Command(
        "schema", summary: "Tools for writing schema files: validate one, print the JSON Schema for editors",
        discussion: """
            A schema file with "$schema": "https://doppel.local/protocol/schemas/doppel-schema.schema.json"
            (mapped to protocol/schemas/doppel-schema.schema.json or to the output of `doppel schema jsonschema`)
            gets completion and validation in any editor with a JSON language server.
            """,
        subcommands: [schemaValidate, schemaJSONSchema])

    static let schemaValidate = Command(
        "validate", summary: "Check a schema file; print each problem as FILE:LINE:COL: severity: message",
        discussion: """
            Checks exactly what `doppel generate --schema FILE` would refuse, plus warnings for misspelt
            members. The output is the format editors' quickfix lists read. Exits 1 when there are errors.
            """,
        flags: [Flag("json", help: "Print the schema.validate result as JSON")],
        positionals: [Positional("file", help: "The schema file (JSON)")],
        run: { arguments, context in
            guard let path = arguments.positional(0), !path.isEmpty else {
                throw UsageError("a schema FILE is required", commandPath: arguments.commandPath)
            }
            let bytes: [UInt8]
            do { bytes = try FileSystem.readAll(path) } catch {
                throw UsageError("\(path): cannot read it (\(error))", commandPath: arguments.commandPath)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let (client, connection, _) = try context.connect(arguments)
            let result = try connection.call("schema.validate", params: ["text": .string(text)], timeout: client.options.timeout)
            if arguments.has("json") {
                context.console.out(result.serialized(pretty: true) + "\n")
            } else {
                context.console.out(SchemaCommand.quickfix(result, file: path))
            }
            return result["valid"] == .bool(false) ? .failure : .ok
        })

    static let schemaJSONSchema = Command(
        "jsonschema", summary: "Print the JSON Schema (draft 2020-12) of the schema form",
        discussion: "The same document as protocol/schemas/doppel-schema.schema.json, from the running daemon's kind catalogue.",
        run: { arguments, context in
            let (client, connection, _) = try context.connect(arguments)
            let result = try connection.call("schema.jsonschema", params: nil, timeout: client.options.timeout)
            context.console.out(result.serialized(pretty: true) + "\n")
            return .ok
        })
}

/// Renderings for `doppel schema`.
enum SchemaCommand {
    /// One `file:line:col: severity: message` line per problem (the format of compilers and
    /// editors' quickfix lists), or nothing for a clean file.
    static func quickfix(_ result: JSON, file: String) -> String {
        (result["problems"]?.arrayValue ?? []).map { p in
            let line = p["line"]?.intValue ?? 1, column = p["column"]?.intValue ?? 1
            let severity = p["severity"]?.stringValue ?? "error"
            return "\(file):\(line):\(column): \(severity): \(p["message"]?.stringValue ?? "")\n"
        }.joined()
    }
}
