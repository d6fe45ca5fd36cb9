import DoppelJSON
import DoppelEngine

/// One generated table, as the `generate` response describes it.
public struct GeneratedDataset: Sendable, Equatable {
    /// Inline data, or where the file was written.
    public enum Payload: Sendable, Equatable {
        /// JSON and JSONL: the rows (an array of objects); CSV and SQL: the text.
        case content(JSON)
        case path(String)
        /// Sent as `$/chunk` notifications before the reply (`"streamed": true`).
        case streamed
    }

    public var name: String
    public var format: OutputFormat
    /// Rows generated.
    public var size: Int
    public var columns: [String]
    public var payload: Payload
    /// The defect record inline (`manifest: true` without `out_dir`): one object per defect.
    public var defects: [JSON]?
    /// Where the defect record was written (`manifest: true` with `out_dir`).
    public var defectsPath: String?

    public init(name: String, format: OutputFormat, size: Int, columns: [String], payload: Payload,
                defects: [JSON]? = nil, defectsPath: String? = nil) {
        self.name = name
        self.format = format
        self.size = size
        self.columns = columns
        self.payload = payload
        self.defects = defects
        self.defectsPath = defectsPath
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
        case .streamed: o.appendUnique("streamed", true)
        }
        if let defects { o.appendUnique("defects", .array(defects)) }
        if let defectsPath { o.appendUnique("defects_path", .string(defectsPath)) }
        return .object(o)
    }
}
