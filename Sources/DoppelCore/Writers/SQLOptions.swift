/// Options of the SQL writer.
public struct SQLOptions: Sendable {
    /// Rows per INSERT statement; statements start at row indexes that are multiples of it.
    public var batchRows: Int = 500
    /// Columns to declare `TEXT` whatever their type, by entity name, with the reason
    /// written as a comment in the DDL. The reality engine uses this when its defects
    /// make values that no longer fit a column's type (a date written `15 Jan 2024`).
    public var textColumns: [String: [String: String]] = [:]
    /// Entities whose DDL declares no PRIMARY KEY, UNIQUE or FOREIGN KEY constraint, and
    /// which no FOREIGN KEY points at, with the reason as a DDL comment. The reality engine
    /// uses this when duplicate rows repeat keys and orphaned references point nowhere.
    public var unconstrainedEntities: [String: String] = [:]
    /// Columns declared without NOT NULL, by entity name, with the reason as a DDL comment
    /// (the reality engine's missing values in columns the schema says are required).
    public var nullableColumns: [String: [String: String]] = [:]

    public init(batchRows: Int = 500, textColumns: [String: [String: String]] = [:]) {
        self.batchRows = max(1, batchRows)
        self.textColumns = textColumns
    }
}
