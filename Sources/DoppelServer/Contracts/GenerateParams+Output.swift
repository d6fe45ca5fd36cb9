import DoppelJSON
import DoppelProtocol
import DoppelEngine

extension GenerateParams {
    /// How to write the data: format, dialect, CSV and SQL options, shard, seed, destination.
    mutating func readOutput() {
        var r = reader
        defer { reader = r }
        var formatName = "json"
        if let f = r.optionalString("output_format") {
            if let parsed = OutputFormat(name: f), !f.contains(where: \.isWhitespace) { formatName = parsed.fileExtension } else {
                r.issue("Unknown output_format \"\(f.prefix(40))\"; expected one of json, csv, sql, jsonl",
                        suggestion: "Set output_format to \"json\", \"csv\", \"sql\" or \"jsonl\"")
            }
        }
        if let d = r.optionalString("dialect") {
            if let parsed = SQLDialect(rawValue: d.lowercased()) { dialect = parsed } else {
                r.issue("Unknown dialect \"\(d.prefix(40))\"; expected one of sqlite, postgres, mysql", suggestion: "Set dialect to \"sqlite\", \"postgres\" or \"mysql\"")
            }
        }
        format = formatName == "sql" ? OutputFormat.sql(dialect ?? .sqlite) : OutputFormat(name: formatName) ?? .json
        if let token = r.optionalString("csv_null") {
            if let problem = CSVOptions.problem(withNullToken: token) {
                r.issue("csv_null: \(problem), got \(ParamReader.describe(.string(String(token.prefix(40)))))",
                        suggestion: "Set csv_null to a token such as \"\\N\" or \"NULL\"")
            } else {
                csv.null = token
            }
        }
        if let style = r.optionalString("csv_datetime") {
            if let parsed = CSVOptions.DatetimeStyle(rawValue: style.lowercased()) { csv.datetime = parsed } else {
                r.issue("Unknown csv_datetime \"\(style.prefix(40))\"; expected iso or sql", suggestion: "Set csv_datetime to \"iso\" or \"sql\"")
            }
        }
        if let st = r.optionalString("sql_style") {
            if let parsed = SQLStyle(rawValue: st.lowercased()) { sqlStyle = parsed } else {
                r.issue("Unknown sql_style \"\(st.prefix(40))\"; expected copy or inserts", suggestion: "Set sql_style to \"copy\" or \"inserts\"")
            }
        }
        if let s = r.member("shard") {
            if let text = s.stringValue, let parsed = Shard(text) { shard = parsed } else {
                r.issue("shard must be \"K/N\" with 1 ≤ K ≤ N, got \(ParamReader.describe(s))", suggestion: "Set shard like \"1/4\"")
            }
        }
        if let s = r.member("seed") {
            if let i = s.int64Value, i >= 0 { seed = UInt64(i) } else { _ = r.wrong("seed", "a non-negative whole number", s) as UInt64? }
        }
        outDir = r.optionalString("out_dir")
        if let o = outDir, o.isEmpty || o.contains("\u{0}") {
            r.issue("out_dir must be a directory path without NUL bytes")
        }
        stream = r.optionalBool("stream") ?? false
        manifest = r.optionalBool("manifest") ?? false
        sync = r.optionalBool("sync") ?? false
        if sync, outDir == nil { warnings.append("sync applies to files in out_dir only; ignored") }
        if dialect != nil, formatName != "sql" { warnings.append("dialect applies to SQL output only; ignored for \(formatName)") }
        if (r.has("csv_null") || r.has("csv_datetime")), format != .csv { warnings.append("csv_null and csv_datetime apply to CSV output only; ignored for \(format)") }
        if r.has("sql_style"), format != .sql(.postgres) { warnings.append("sql_style applies to PostgreSQL scripts only; ignored for \(format)") }
    }
}
