/// Options of the CSV writer, for the loader that will read the file.
public struct CSVOptions: Sendable, Equatable {
    /// How a datetime is written.
    public enum DatetimeStyle: String, Sendable, CaseIterable {
        /// `2024-03-05T14:22:00Z` (ISO 8601, UTC): PostgreSQL, DuckDB, pandas, Spark.
        case iso
        /// `2024-03-05 14:22:00`: what MySQL/MariaDB `LOAD DATA` takes into DATETIME
        /// without a warning, and SQLite's own text form.
        case sql
    }

    /// What a NULL is written as. Empty (the default) is RFC 4180's empty field; a token
    /// such as `\N` or `NULL` is for loaders that read every empty field as an empty
    /// string. A value that equals the token is quoted, so it stays a value.
    public var null: String = ""
    public var datetime: DatetimeStyle = .iso

    public init(null: String = "", datetime: DatetimeStyle = .iso) {
        self.null = null
        self.datetime = datetime
    }

    /// Why `token` cannot be a NULL token (it needs quoting itself, so it would read as a value), or nil.
    public static func problem(withNullToken token: String) -> String? {
        if token.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
            return "a NULL token must not contain a comma, a double quote or a line break"
        }
        return token.utf8.count > 32 ? "a NULL token is at most 32 bytes" : nil
    }
}
