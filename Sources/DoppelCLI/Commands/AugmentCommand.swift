import DoppelJSON
import DoppelPOSIX

extension Command {
    static let augment = Command(
        "augment", summary: "Generate more rows like the examples in a file (synth_data.generate)",
        discussion: """
            Reads example rows from a .json file (an array of objects) or a .jsonl file (one object per
            line) and prints [{"original": {...}, "generated": "<JSON text of a new row>"}, ...]:
            examples × multiplier rows of the same shape with new values, none a copy of an example.
            """,
        flags: [
            Flag("examples", value: .path("FILE"), help: "Example rows: FILE.json (an array of objects) or FILE.jsonl (required)"),
            Flag("multiplier", value: .number("M"), help: "New rows per example, 1 to 100 (default 1)"),
            Flag("prompt", value: .text("TEXT"), help: "What the data is about; steers free text"),
            Flag("model-id", value: .text("ID"), help: "The model to use when the daemon has one configured (ignored otherwise)"),
        ] + TextCommand.commonFlags,
        run: { arguments, context in
            var params = try TextCommand.commonParams(arguments)
            let file = try arguments.requiredValue("examples", "a .json or .jsonl file of example rows")
            params["examples"] = .array(try ExamplesFile.read(file, arguments: arguments))
            if let multiplier = try arguments.int64Value("multiplier") { params["multiplier"] = .int(multiplier) }
            if let prompt = arguments.value("prompt") { params["prompt"] = .string(prompt) }
            if let model = arguments.value("model-id") { params["model_id"] = .string(model) }
            return try TextCommand.run("synth_data.generate", params: params, arguments: arguments, context: context)
        })
}

/// The example rows of `doppel augment --examples FILE`.
enum ExamplesFile {
    /// The file's objects: a JSON array (`.json`), or one object per non-empty line (`.jsonl`, `.ndjson`).
    /// Other names are read as an array when the text starts with `[`, else as lines.
    ///
    /// - Throws: `UsageError` naming the file, and the line or element that is wrong.
    static func read(_ path: String, arguments: ParsedArguments) throws -> [JSON] {
        func fail(_ why: String) -> UsageError {
            UsageError("--examples \(path): \(why)", commandPath: arguments.commandPath)
        }
        let bytes: [UInt8]
        do { bytes = try FileSystem.readAll(path) } catch { throw fail("cannot read it (\(error))") }
        let text = String(decoding: bytes, as: UTF8.self)
        let lower = path.lowercased()
        let lines = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
            || (!lower.hasSuffix(".json") && !text.drop(while: \.isWhitespace).hasPrefix("["))
        var rows: [JSON] = []
        if lines {
            for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                let row: JSON
                do { row = try JSONParser.parse(String(line)) } catch { throw fail("line \(number + 1) is not JSON (\(error))") }
                guard row.objectValue != nil else { throw fail("line \(number + 1) is \(row.typeName), expected an object") }
                rows.append(row)
            }
        } else {
            let value: JSON
            do { value = try JSONParser.parse(text) } catch { throw fail("not JSON (\(error))") }
            guard let array = value.arrayValue else { throw fail("expected an array of example objects, got \(value.typeName)") }
            for (i, row) in array.enumerated() where row.objectValue == nil {
                throw fail("element \(i) is \(row.typeName), expected an object")
            }
            rows = array
        }
        guard !rows.isEmpty else { throw fail("holds no example rows") }
        return rows
    }
}
