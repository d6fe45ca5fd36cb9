import DoppelJSON

/// One drawn input for the engine: a schema in its JSON form and how to run it.
///
/// A case is a pure function of its seed (`SchemaDrawer.draw(seed:)`), so a failing
/// case is reproduced by its seed alone; `json` is the reproducer file's content.
public struct FuzzCase: Sendable {
    public let seed: UInt64
    public let schema: JSON
    /// Reality level 0…10.
    public let reality: Int
    /// `csv`, `json`, `jsonl` or `sql`.
    public let format: String
    /// The SQL dialect when `format` is `sql`.
    public let dialect: String?
    /// The dataset split into this many shards (1…), to concatenate back.
    public let shards: Int
    /// The generation seed the request passes (overriding the schema's).
    public let dataSeed: UInt64

    /// The reproducer: run parameters and the schema.
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("seed", .int(Int64(bitPattern: seed)))
        o.appendUnique("reality", .int(reality))
        o.appendUnique("output_format", .string(format))
        if let dialect { o.appendUnique("dialect", .string(dialect)) }
        o.appendUnique("shards", .int(shards))
        o.appendUnique("data_seed", .int(Int64(bitPattern: dataSeed)))
        o.appendUnique("schema", schema)
        return .object(o)
    }

    /// `format` with its dialect, for messages (`sql/postgres`).
    public var formatLabel: String { dialect.map { "\(format)/\($0)" } ?? format }

    /// The entities' names and row counts as drawn (before the engine reads them).
    public var entityRows: [(String, Int)] {
        (schema["entities"]?.arrayValue ?? []).map { e in
            (e["name"]?.stringValue ?? "", e["rows"]?.intValue ?? 0)
        }
    }
}
