import DoppelJSON
import DoppelText
import DoppelEngine

/// `manifest.json` beside a stored dataset's files: where it came from and
/// what it holds. It has no member for credentials: an API key given with a
/// request can never be written here.
public struct DatasetManifest: Sendable, Equatable {
    public var id: String
    public var prompt: String?
    public var schema: Schema
    public var seed: UInt64?
    public var format: OutputFormat
    public var reality: Int
    /// Rows per entity, in schema order.
    public var sizes: [(String, Int)]
    /// File names in the dataset directory, in schema order.
    public var files: [String]
    /// ISO 8601 UTC.
    public var createdAt: String

    public init(id: String, prompt: String?, schema: Schema, seed: UInt64?, format: OutputFormat, reality: Int,
                sizes: [(String, Int)], files: [String], createdAt: String) {
        self.id = id
        self.prompt = prompt
        self.schema = schema
        self.seed = seed
        self.format = format
        self.reality = reality
        self.sizes = sizes
        self.files = files
        self.createdAt = createdAt
    }

    /// The manifest of what a validated `generate` request produced.
    public init(id: String, request: GenerateRequest, files: [String], createdAt seconds: Int64) {
        self.init(id: id, prompt: request.prompt, schema: request.schema, seed: request.seed ?? request.schema.seed,
                  format: request.outputFormat, reality: request.reality,
                  sizes: request.schema.entities.map { ($0.name, $0.rows) }, files: files,
                  createdAt: ISOTimestamp.format(seconds))
    }

    public static let formatVersion = 1

    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("manifest_version", .int(Self.formatVersion))
        o.appendUnique("id", .string(id))
        o.appendUnique("created_at", .string(createdAt))
        o.appendUnique("prompt", prompt.map(JSON.string) ?? .null)
        o.appendUnique("seed", seed.map { $0 <= UInt64(Int64.max) ? .int(Int64($0)) : .double(Double($0)) } ?? .null)
        o.appendUnique("format", .string(format.fileExtension))
        if case let .sql(dialect) = format { o.appendUnique("dialect", .string(dialect.rawValue)) }
        o.appendUnique("reality", .int(reality))
        o.appendUnique("sizes", .object(JSONObject(sizes.map { ($0.0, JSON.int($0.1)) })))
        o.appendUnique("files", .array(files.map(JSON.string)))
        o.appendUnique("schema", schema.json)
        return .object(o)
    }

    /// Reads a manifest back (for `datasets.list` / `datasets.get`); nil when it is not one.
    public static func decode(_ json: JSON) -> DatasetManifest? {
        guard let id = json["id"]?.stringValue, let created = json["created_at"]?.stringValue,
              let formatText = json["format"]?.stringValue, let format = OutputFormat(name: formatText, dialect: json["dialect"]?.stringValue),
              let schemaJSON = json["schema"], case let .success(schema) = Schema.decode(schemaJSON) else { return nil }
        let sizes = (json["sizes"]?.objectValue).map { o in o.compactMap { k, v in v.intValue.map { (k, $0) } } } ?? []
        let seed = json["seed"]?.int64Value.flatMap { $0 >= 0 ? UInt64($0) : nil }
        return DatasetManifest(id: id, prompt: json["prompt"]?.stringValue, schema: schema, seed: seed, format: format,
                               reality: json["reality"]?.intValue ?? 0, sizes: sizes,
                               files: json["files"]?.arrayValue?.compactMap(\.stringValue) ?? [], createdAt: created)
    }

    public static func == (a: DatasetManifest, b: DatasetManifest) -> Bool {
        a.id == b.id && a.prompt == b.prompt && a.schema == b.schema && a.seed == b.seed && a.format == b.format
            && a.reality == b.reality && a.sizes.map(\.0) == b.sizes.map(\.0) && a.sizes.map(\.1) == b.sizes.map(\.1)
            && a.files == b.files && a.createdAt == b.createdAt
    }
}
