import Foundation
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Schemas and helpers for the reality tests.
enum RealityTestSupport {
    /// Every class of column the engine treats differently: several locales (phone prefixes, non-ASCII
    /// names for mojibake), a self-reference, integer, UUID and text keys, a composite key, JSON, time.
    static let mess = #"""
    {"name": "mess", "seed": 11, "locale": "en_US,de_DE,fr_FR,ja_JP",
     "entities": [
      {"name": "customers", "rows": 1200, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "first_name", "kind": "person.first_name"},
        {"name": "last_name", "kind": "person.last_name"},
        {"name": "email", "kind": "internet.email", "unique": true},
        {"name": "phone", "kind": "phone.number", "nullable": 0.05},
        {"name": "city", "kind": "address.city"},
        {"name": "postal_code", "kind": "address.postal_code"},
        {"name": "signup_date", "type": "date", "kind": "date.past", "nullable": 0.1},
        {"name": "is_vip", "type": "boolean"},
        {"name": "balance", "type": "decimal", "kind": "finance.amount"},
        {"name": "notes", "type": "text", "kind": "text.sentence", "nullable": true},
        {"name": "referred_by", "references": "customers.id", "nullable": 0.5}]},
      {"name": "orders", "rows": 2000, "fields": [
        {"name": "id", "type": "uuid", "kind": "id.uuid", "primary_key": true},
        {"name": "customer_id", "references": "customers.id", "fanout": "zipf"},
        {"name": "status", "kind": "commerce.order_status"},
        {"name": "quantity", "type": "integer", "kind": "commerce.quantity"},
        {"name": "placed_at", "type": "datetime", "kind": "datetime.past"},
        {"name": "pickup_time", "type": "time", "kind": "time.business_hours", "nullable": 0.2},
        {"name": "meta", "type": "json"}]},
      {"name": "shipments", "rows": 700, "fields": [
        {"name": "code", "kind": "id.pattern", "pattern": "SH-######", "primary_key": true},
        {"name": "order_id", "references": "orders.id", "nullable": 0.1},
        {"name": "carrier", "kind": "logistics.carrier"},
        {"name": "weight_kg", "type": "float", "kind": "number.float", "min": 0.1, "max": 40, "precision": 2}]},
      {"name": "tracking_events", "rows": 900, "fields": [
        {"name": "shipment_code", "references": "shipments.code"},
        {"name": "note", "kind": "text.words"}]},
      {"name": "order_tags", "rows": 500, "fields": [
        {"name": "order_id", "references": "orders.id", "primary_key": true},
        {"name": "tag", "kind": "enum", "values": ["gift", "fragile", "express", "bulk"], "primary_key": true}]}]}
    """#

    /// One en_US table with a column of every class, for rates (values every kind can change).
    static func rates(rows: Int) -> String {
        #"""
        {"name": "rates", "seed": 5, "locale": "en_US",
         "entities": [
          {"name": "people", "rows": \#(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "kind": "person.first_name"},
            {"name": "last_name", "kind": "person.last_name"},
            {"name": "email", "kind": "internet.email"},
            {"name": "phone", "kind": "phone.number"},
            {"name": "postal_code", "kind": "address.postal_code"},
            {"name": "city", "kind": "address.city", "nullable": 0.1},
            {"name": "sku", "kind": "commerce.sku"},
            {"name": "signup_date", "type": "date", "kind": "date.past", "nullable": 0.1},
            {"name": "last_login", "type": "datetime", "kind": "datetime.past"},
            {"name": "opens_at", "type": "time", "kind": "time.business_hours"},
            {"name": "active", "type": "boolean"},
            {"name": "amount", "type": "decimal", "kind": "finance.amount"},
            {"name": "visits", "type": "integer", "kind": "number.integer", "min": 0, "max": 5000},
            {"name": "manager_id", "references": "people.id", "nullable": 0.3}]},
          {"name": "orders", "rows": \#(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "person_id", "references": "people.id"},
            {"name": "note", "kind": "text.sentence", "nullable": true}]}]}
        """#
    }

    static func plan(_ text: String, seed: UInt64? = nil, rows: Int? = nil) throws -> DatasetPlan {
        try Schema.decode(text: text).get().resolve(ResolveOptions(seed: seed, rows: rows)).get()
    }

    /// Every output of `format` at `level`, with the defect records each entity's recorder wrote.
    struct Run {
        var outputs: [String: [UInt8]] = [:]
        var records: [String: [UInt8]] = [:]
        var counts: [DefectKind: Int] = [:]
        var writtenRows: [String: Int] = [:]
    }

    static func run(_ plan: DatasetPlan, level: Int?, format: OutputFormat, shard: Shard = .whole, threads: Int = 2,
                    blockRows: Int = 4000) throws -> Run {
        let g = DatasetGenerator(plan: plan)
        var options = GenerationOptions(shard: shard, threads: threads)
        options.blockRows = blockRows
        var run = Run()
        var sinks: [String: ByteBufferSink] = [:]
        var recorder: DefectRecorder?
        if let level {
            let reality = try Reality(level: level, plan: plan)
            let r = reality.makeRecorder { entity in
                let s = ByteBufferSink()
                sinks[entity] = s
                return s
            }
            reality.configure(&options, recorder: r)
            recorder = r
        }
        for o in g.outputs(for: format) {
            let sink = ByteBufferSink()
            try g.write(o, format: format, to: sink, options: options)
            run.outputs[o.fileName] = sink.bytes
        }
        try recorder?.finish()
        for (e, s) in sinks { run.records[e] = s.bytes }
        run.counts = recorder?.counts ?? [:]
        run.writtenRows = recorder?.writtenRows ?? [:]
        return run
    }

    /// nil when the two sets of files are identical, else where they first differ (short, unlike a byte dump).
    static func difference(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> String? {
        if a.keys.sorted() != b.keys.sorted() { return "files \(a.keys.sorted()) vs \(b.keys.sorted())" }
        for name in a.keys.sorted() {
            let x = a[name] ?? [], y = b[name] ?? []
            if x == y { continue }
            let i = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
            func around(_ z: [UInt8]) -> String { String(decoding: z[max(0, i - 60)..<min(z.count, i + 60)], as: UTF8.self) }
            return "\(name) differs at byte \(i) of \(x.count)/\(y.count): …\(around(x))… vs …\(around(y))…"
        }
        return nil
    }

    /// JSONL text as objects.
    static func lines(_ bytes: [UInt8]) throws -> [JSONObject] {
        try bytes.split(separator: 10).map { line in
            guard let o = try JSONParser.parse(line).objectValue else { throw TestFailure("not an object: \(String(decoding: line, as: UTF8.self))") }
            return o
        }
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    /// Writes `files` into a fresh directory and runs python3 on `script` there; returns stdout.
    static func python(_ script: String, files: [String: [UInt8]], arguments: [String] = []) throws -> (Int32, String, String) {
        let dir = try TestSupport.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        try Data(script.utf8).write(to: dir.appendingPathComponent("check.py"))
        return try TestSupport.run("python3", [dir.appendingPathComponent("check.py").path, dir.path] + arguments)
    }
}
