import DoppelJSON

/// One generated table, as the `generate` response describes it.
public struct GeneratedDataset: Sendable, Equatable {
    /// Inline data, or where the file was written.
    public enum Payload: Sendable, Equatable {
        /// JSON formats: the rows (an array of objects); CSV, JSONL and SQL: the text.
        case content(JSON)
        case path(String)
    }

    public var name: String
    public var format: OutputFormat
    /// Rows generated.
    public var size: Int
    public var columns: [String]
    public var payload: Payload

    public init(name: String, format: OutputFormat, size: Int, columns: [String], payload: Payload) {
        self.name = name
        self.format = format
        self.size = size
        self.columns = columns
        self.payload = payload
    }

    /// `{"format": "json", "size": 1000, "columns": [...], "content": [...]}` (or `"path"`).
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("format", .string(format.fileExtension))
        o.appendUnique("size", .int(size))
        o.appendUnique("columns", .array(columns.map(JSON.string)))
        switch payload {
        case let .content(c): o.appendUnique("content", c)
        case let .path(p): o.appendUnique("path", .string(p))
        }
        return .object(o)
    }
}
