import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelProtocol

/// The job's JSON form: the worker protocol's `run` params and the saved file
/// `job.replay` reads. Seeds are decimal strings: a JSON number loses
/// precision past 2^53 in many readers, and a replay must be exact.
extension WorkerJob {
    var json: JSON {
        var o = JSONObject()
        o.appendUnique("doppel_job", .int(Int64(Self.version)))
        o.appendUnique("method", .string(method))
        switch work {
        case let .generate(g):
            o.appendUnique("schema", Self.json(of: g.schema))
            o.appendUnique("seed", .string(String(g.seed)))
            if !g.textPools.isEmpty {
                o.appendUnique("text_pools", .object(JSONObject(g.textPools.sorted { $0.key < $1.key }.map {
                    ($0.key, JSON.array($0.value.map(JSON.string)))
                })))
            }
            o.appendUnique("reality", .int(Int64(g.reality)))
            o.appendUnique("format", .string(g.format.fileExtension))
            if case let .sql(dialect) = g.format { o.appendUnique("dialect", .string(dialect.rawValue)) }
            if let shard = g.shard { o.appendUnique("shard", .string("\(shard.index)/\(shard.count)")) }
            o.appendUnique("manifest", .bool(g.manifest))
            o.appendUnique("sql_style", .string(g.sqlStyle.rawValue))
            o.appendUnique("csv_null", .string(g.csv.null))
            o.appendUnique("csv_datetime", .string(g.csv.datetime.rawValue))
            o.appendUnique("threads", .int(Int64(g.threads)))
            if g.sync { o.appendUnique("sync", true) }
            switch g.destination {
            case let .directory(d): o.appendUnique("out_dir", .string(d))
            case let .inline(limit): o.appendUnique("inline_limit", .int(Int64(limit)))
            case .stream: o.appendUnique("stream", true)
            }
        case let .generateData(d):
            o.appendUnique("schema", Self.json(of: d.schema))
            o.appendUnique("seed", .string(String(d.schema.seed ?? Schema.defaultSeed)))
            o.appendUnique("primary", .string(d.primary))
            o.appendUnique("directory", .string(d.directory))
            o.appendUnique("threads", .int(Int64(d.threads)))
        case let .text(t):
            o.appendUnique("params", t.params)
            o.appendUnique("seed", .string(String(t.seed)))
            if t.streams { o.appendUnique("stream", true) }
        }
        return .object(o)
    }

    /// The schema's JSON form, less the types the resolver inferred (from a
    /// reference or a kind): written out, they would read back as explicit and
    /// the worker would resolve a different plan than the daemon did.
    static func json(of schema: Schema) -> JSON {
        guard var top = schema.json.objectValue, var entities = top["entities"]?.arrayValue else { return schema.json }
        for (e, entity) in schema.entities.enumerated() where e < entities.count {
            guard var fields = entities[e]["fields"]?.arrayValue, var object = entities[e].objectValue else { continue }
            for (f, field) in entity.fields.enumerated() where f < fields.count && !field.typeIsExplicit {
                guard var member = fields[f].objectValue else { continue }
                member["type"] = nil
                fields[f] = .object(member)
            }
            object["fields"] = .array(fields)
            entities[e] = .object(object)
        }
        top["entities"] = .array(entities)
        return .object(top)
    }

    /// Reads a job; a bad one is −32602 naming the member, what was expected and what came.
    init(json: JSON) throws {
        let p = Params(json)
        try p.requireObject()
        let version = try p.int("doppel_job")
        guard version == Self.version else {
            throw p.invalid("doppel_job", "\(Self.version) (the job format this doppeld reads)", .int(Int64(version)))
        }
        let method = try p.choice("method", ["generate", "generate_data"] + TextWork.methods, default: "generate")
        if TextWork.methods.contains(method) {
            try p.rejectUnknown(allowed: ["doppel_job", "method", "params", "seed", "stream"])
            let params = try p.optionalObject("params") ?? JSONObject()
            let seedText = try p.string("seed")
            guard let seed = UInt64(seedText) else { throw p.invalid("seed", "a decimal integer from 0 to 2^64−1", .string(seedText)) }
            work = .text(TextWork(method: method, params: .object(params), seed: seed, streams: try p.bool("stream", default: false)))
            return
        }
        guard let schemaJSON = p.value("schema") else { throw p.missing("schema", "the resolved schema (an object)") }
        var schema: Schema
        switch Schema.decode(schemaJSON) {
        case let .success(s): schema = s
        case let .failure(error):
            throw RequestError.invalidParams("The job's schema cannot be read: \(error.problems.first?.description ?? "")",
                                             issues: error.problems.prefix(20).map { "schema: \($0)" })
        }
        let seedText = try p.string("seed")
        guard let seed = UInt64(seedText) else { throw p.invalid("seed", "a decimal integer from 0 to 2^64−1", .string(seedText)) }
        schema.seed = seed
        if method == "generate_data" {
            try p.rejectUnknown(allowed: ["doppel_job", "method", "schema", "seed", "primary", "directory", "threads"])
            work = .generateData(GenerateDataWork(schema: schema, primary: try p.string("primary"),
                                                  directory: try p.string("directory"), threads: try p.int("threads", in: 1...256)))
            return
        }
        try p.rejectUnknown(allowed: ["doppel_job", "method", "schema", "seed", "text_pools", "reality", "format", "dialect", "shard",
                                      "manifest", "sql_style", "csv_null", "csv_datetime", "out_dir", "inline_limit", "stream", "threads", "sync"])
        var pools: [String: [String]] = [:]
        for (key, value) in try p.optionalObject("text_pools") ?? JSONObject() {
            guard let texts = value.arrayValue?.compactMap(\.stringValue), texts.count == value.arrayValue?.count else {
                throw p.invalid("text_pools.\(key)", "an array of strings", value)
            }
            pools[key] = texts
        }
        let formatName = try p.string("format")
        guard let format = OutputFormat(name: formatName, dialect: try p.optionalString("dialect")) else {
            throw p.invalid("format", "csv, json, jsonl or sql (with a dialect sqlite, postgres or mysql)", .string(formatName))
        }
        var shard: Shard?
        if let text = try p.optionalString("shard") {
            guard let s = Shard(text) else { throw p.invalid("shard", "K/N with 1 ≤ K ≤ N", .string(text)) }
            shard = s
        }
        let style = try p.choice("sql_style", SQLStyle.allCases.map(\.rawValue), default: SQLStyle.copy.rawValue)
        let datetime = try p.choice("csv_datetime", CSVOptions.DatetimeStyle.allCases.map(\.rawValue),
                                    default: CSVOptions.DatetimeStyle.iso.rawValue)
        let destination: GenerationJob.Destination
        if let dir = try p.optionalString("out_dir") {
            destination = .directory(dir)
        } else if let limit = try p.optionalInt("inline_limit", in: 1...(1 << 30)) {
            destination = .inline(limit: limit)
        } else if try p.bool("stream", default: false) {
            destination = .stream
        } else {
            throw p.missing("out_dir", "one of out_dir, inline_limit or stream: true (where the output goes)")
        }
        work = .generate(GenerateWork(
            schema: schema, seed: seed, textPools: pools, reality: try p.int("reality"), format: format, shard: shard,
            manifest: try p.bool("manifest", default: false), sqlStyle: SQLStyle(rawValue: style) ?? .copy,
            csv: CSVOptions(null: try p.string("csv_null", default: ""), datetime: CSVOptions.DatetimeStyle(rawValue: datetime) ?? .iso),
            destination: destination, threads: try p.optionalInt("threads", in: 1...256) ?? 1, sync: try p.bool("sync", default: false)))
    }
}
