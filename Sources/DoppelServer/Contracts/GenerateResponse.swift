import DoppelJSON
import DoppelText
import DoppelEngine

/// Builds the `generate` result in the hosted contract's exact shape:
///
/// ```json
/// {"success": true, "message": "Successfully generated 2 dataset(s)",
///  "datasets": {"customers": {"format": "json", "size": 1000, "columns": [...], "content": [...]}},
///  "metadata": {"total_datasets": 2, "total_records": 2000, "reality_level": 3, "output_format": "json",
///               "prompt": "...", "generation_timestamp": "2024-01-15T10:30:00Z",
///               "validation": {"entity_types_generated": [...], "validation_status": "completed",
///                              "validation_score": 9, "checks": [...]}, "seed": 8273645519},
///  "download_links": null}
/// ```
/// `metadata.warnings` appears only when there are warnings.
public enum GenerateResponse {
    /// - Parameters:
    ///   - request: the validated request (for reality, format, prompt and warnings).
    ///   - datasets: what was generated, in schema order.
    ///   - validation: the checks run on the generated data.
    ///   - generatedAt: seconds since 1970, UTC; the caller reads the clock.
    ///   - warnings: anything the generation itself adds to the request's warnings.
    public static func build(request: GenerateRequest, datasets: [GeneratedDataset], validation: ValidationReport,
                             generatedAt: Int64, warnings: [String] = []) -> JSON {
        var sets = JSONObject()
        for d in datasets { sets[d.name] = d.json }
        var meta = JSONObject()
        meta.appendUnique("total_datasets", .int(datasets.count))
        meta.appendUnique("total_records", .int(datasets.reduce(0) { $0.saturatingPlus($1.size) }))
        meta.appendUnique("reality_level", .int(request.reality))
        meta.appendUnique("output_format", .string(request.outputFormat.fileExtension))
        meta.appendUnique("prompt", request.prompt.map(JSON.string) ?? .null)
        meta.appendUnique("generation_timestamp", .string(ISOTimestamp.format(generatedAt)))
        meta.appendUnique("validation", validation.json)
        // Doppel's addition, after the hosted members so their order is kept.
        meta.appendUnique("seed", FreshSeed.json(request.usedSeed))
        let allWarnings = request.warnings + warnings
        if !allWarnings.isEmpty { meta.appendUnique("warnings", .array(allWarnings.map(JSON.string))) }
        var o = JSONObject()
        o.appendUnique("success", true)
        o.appendUnique("message", .string("Successfully generated \(datasets.count) dataset(s)"))
        o.appendUnique("datasets", .object(sets))
        o.appendUnique("metadata", .object(meta))
        o.appendUnique("download_links", .null)
        return .object(o)
    }
}

/// Builds the `generate_data` result: `{"status": true, "message": "file:///…/insurance.csv"}`.
public enum GenerateDataResponse {
    public static func build(csvPath: String) -> JSON {
        ["status": true, "message": .string(FileURL.string(forAbsolutePath: csvPath))]
    }
}

/// `file://` URLs for paths, percent-encoding what URLs cannot carry.
public enum FileURL {
    /// `/tmp/my data/a.csv` → `file:///tmp/my%20data/a.csv`. Relative paths are made absolute against `/`.
    public static func string(forAbsolutePath path: String) -> String {
        var out = "file://"
        if !path.hasPrefix("/") { out += "/" }
        for b in path.utf8 {
            let c = Character(Unicode.Scalar(b))
            if b < 0x80, c.isLetter || c.isNumber || "/-._~!$&'()*+,;=:@".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
