import DoppelJSON

/// What `doppel generate` prints from a `generate` result.
enum GenerateSummary {
    /// The files written, one line each, under a headline. The score is `metadata.validation`'s: references,
    /// uniqueness, types and null rates (not whether the values make sense), so the line says "structural checks".
    ///
    /// ```
    /// Generated 2 datasets, 2,000 records (reality 0, seed 42, structural checks 10/10):
    ///   customers  1,000 rows  /home/me/data/customers.csv
    /// ```
    static func render(_ result: JSON) -> String {
        let meta = result["metadata"]
        let datasets = result["datasets"]?.objectValue ?? JSONObject()
        let total = meta?["total_records"]?.intValue ?? 0
        let score = meta?["validation"]?["validation_score"]?.intValue ?? 0
        let seed = meta?["seed"]?.int64Value.map { ", seed \($0)" } ?? ""
        var out = "Generated \(datasets.count) dataset\(datasets.count == 1 ? "" : "s"), \(grouped(total)) records"
            + " (reality \(meta?["reality_level"]?.intValue ?? 0)\(seed), structural checks \(score)/10):\n"
        let width = datasets.keys.map(\.count).max() ?? 0
        for (name, d) in datasets {
            let rows = grouped(d["size"]?.intValue ?? 0)
            let path = d["path"]?.stringValue ?? "(inline)"
            out += "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(rows) rows  \(path)\n"
            if let defects = d["defects_path"]?.stringValue {
                out += "  " + String(repeating: " ", count: width) + "  defects  \(defects)\n"
            }
        }
        return out
    }

    /// Inline content as a file of `format` holds it: text as is; rows as a JSON array
    /// (one object per line) or, for `jsonl`, one object per line.
    static func raw(_ content: JSON, format: String?) -> String {
        if let text = content.stringValue { return text }
        let rows = (content.arrayValue ?? []).map { $0.serialized() }
        if format == "jsonl" { return rows.map { $0 + "\n" }.joined() }
        return "[" + (rows.isEmpty ? "" : "\n" + rows.joined(separator: ",\n")) + "\n]\n"
    }

    /// The stderr line naming a seed the daemon drew, so the output can be made again.
    static func seedLine(_ seed: Int64) -> String {
        "doppel: seed \(seed) (repeat with --seed \(seed))\n"
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
