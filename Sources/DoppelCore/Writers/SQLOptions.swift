/// Options of the SQL writer.
public struct SQLOptions: Sendable {
    /// Rows per INSERT statement; statements start at row indexes that are multiples of it.
    public var batchRows: Int = 500
    /// Columns to declare `TEXT` whatever their type, by entity name, with the reason
    /// written as a comment in the DDL. The reality engine uses this when its defects
    /// make values that no longer fit a column's type (a date written `15 Jan 2024`).
    public var textColumns: [String: [String: String]] = [:]

    public init(batchRows: Int = 500, textColumns: [String: [String: String]] = [:]) {
        self.batchRows = max(1, batchRows)
        self.textColumns = textColumns
    }
}
