/// The output formats and SQL dialects the writers produce.
public enum OutputFormat: Sendable, Equatable, CustomStringConvertible {
    case csv
    /// One JSON array of objects per entity.
    case json
    /// One JSON object per line.
    case jsonl
    /// One script with every table: CREATE TABLE, then batched INSERTs in dependency order.
    case sql(SQLDialect)

    /// Parses `csv`, `json`, `jsonl` or `sql` (with a dialect, default sqlite); nil when unknown.
    public init?(name: String, dialect: String? = nil) {
        switch name.lowercased() {
        case "csv": self = .csv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "sql":
            guard let d = SQLDialect(rawValue: (dialect ?? "sqlite").lowercased()) else { return nil }
            self = .sql(d)
        default: return nil
        }
    }

    public static let names = ["json", "jsonl", "csv", "sql"]

    /// The file extension: `csv`, `json`, `jsonl`, `sql`.
    public var fileExtension: String {
        switch self {
        case .csv: return "csv"
        case .json: return "json"
        case .jsonl: return "jsonl"
        case .sql: return "sql"
        }
    }

    public var description: String {
        if case let .sql(d) = self { return "sql (\(d.rawValue))" }
        return fileExtension
    }
}

public enum SQLDialect: String, Sendable, CaseIterable {
    case sqlite, postgres, mysql
}
