/// How a PostgreSQL script carries its rows.
public enum SQLStyle: String, Sendable, CaseIterable {
    /// `COPY … FROM stdin` blocks, as pg_dump writes them (PostgreSQL only; the
    /// other dialects have no such statement and always use INSERTs).
    case copy
    /// Multi-row `INSERT` statements, for clients that cannot run COPY.
    case inserts
}

/// Options of the SQL writer.
public struct SQLOptions: Sendable {
    /// Rows per INSERT statement; statements start at row indexes that are multiples of it.
    public var batchRows: Int = 500
    /// Rows per COPY block in the copy style (a multiple of `batchRows`, so blocks keep
    /// starting on the same grid).
    public var copyRows: Int = 4000
    /// COPY blocks or INSERTs for PostgreSQL.
    public var style: SQLStyle = .copy
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

    /// True when `dialect`'s script carries rows in COPY blocks.
    public func usesCopy(_ dialect: SQLDialect) -> Bool { dialect == .postgres && style == .copy }

    /// Rows per statement (a COPY block or an INSERT) in `dialect`'s script: the unit
    /// shards split the script by.
    public func statementRows(_ dialect: SQLDialect) -> Int {
        let batch = max(1, batchRows)
        guard usesCopy(dialect) else { return batch }
        return (max(batch, copyRows) + batch - 1) / batch * batch
    }
}
