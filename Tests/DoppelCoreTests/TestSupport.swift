import Foundation
import Testing
import DoppelJSON
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Shared helpers for the engine tests.
enum TestSupport {
    /// Seconds since 1970 of a written date (`2024-03-05`) or instant (`2024-03-05T14:22:00Z`), nil otherwise.
    static func instant(_ text: String) -> Double? {
        let f = ISO8601DateFormatter()
        f.formatOptions = text.count == 10 ? [.withFullDate] : [.withInternetDateTime]
        return f.date(from: text)?.timeIntervalSince1970
    }

    static let shop = #"""
    {"name": "shop", "seed": 42, "locale": "en_US",
     "entities": [
      {"name": "customers", "rows": 300, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "first_name", "type": "string", "kind": "person.first_name"},
        {"name": "last_name", "type": "string", "kind": "person.last_name"},
        {"name": "email", "type": "string", "kind": "internet.email", "unique": true},
        {"name": "city", "kind": "address.city"},
        {"name": "state", "kind": "address.region"},
        {"name": "zip", "kind": "address.postal_code"},
        {"name": "signup_date", "type": "date", "kind": "date.past", "nullable": 0.1}]},
      {"name": "orders", "rows": 1000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "customer_id", "type": "integer", "references": "customers.id", "fanout": "zipf"},
        {"name": "status", "type": "string", "kind": "enum", "values": ["pending", "shipped", "delivered"], "weights": [0.2, 0.3, 0.5]},
        {"name": "note", "kind": "enum", "values": ["plain", "has, comma", "has \"quotes\"", "two\nlines", "semi;colon", "it's"]},
        {"name": "order_date", "type": "datetime", "kind": "datetime.past"},
        {"name": "delivered_at", "type": "datetime", "nullable": 0.3}]},
      {"name": "order_items", "rows": 2500, "fields": [
        {"name": "id", "kind": "id.uuid", "primary_key": true},
        {"name": "order_id", "references": "orders.id"},
        {"name": "product_name", "kind": "commerce.product_name"},
        {"name": "price", "type": "decimal", "kind": "commerce.price"},
        {"name": "quantity", "type": "integer", "kind": "commerce.quantity"},
        {"name": "total", "type": "decimal"},
        {"name": "in_stock", "type": "boolean"},
        {"name": "meta", "type": "json"}]}]}
    """#

    /// The field `column` of `table` as the built-in planner writes it for `prompt`.
    static func plannedField(_ prompt: String, _ table: String, _ column: String) -> Field? {
        Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
    }

    static func plan(_ text: String, _ options: ResolveOptions = ResolveOptions()) throws -> DatasetPlan {
        try Schema.decode(text: text).get().resolve(options).get()
    }

    /// Every output of a format, by file name.
    static func outputs(_ plan: DatasetPlan, _ format: OutputFormat, shard: Shard = .whole, threads: Int = 1,
                        blockRows: Int = 4000) throws -> [String: [UInt8]] {
        let g = DatasetGenerator(plan: plan)
        var options = GenerationOptions(shard: shard, threads: threads)
        options.blockRows = blockRows
        var out: [String: [UInt8]] = [:]
        for o in g.outputs(for: format) {
            let sink = ByteBufferSink()
            try g.write(o, format: format, to: sink, options: options)
            out[o.fileName] = sink.bytes
        }
        return out
    }

    /// All cell texts of an entity, rows × columns (nil for NULL).
    static func table(_ plan: DatasetPlan, _ entity: String) -> [[String?]] {
        let g = DatasetGenerator(plan: plan)
        guard let e = plan.entity(named: entity), let b = g.block(of: entity, rows: 0..<e.rows) else { return [] }
        return (0..<b.rowCount).map { r in (0..<b.columns).map { b.text(row: r, column: $0) } }
    }

    /// One table of what the planner makes of `prompt`, resolved with `seed`: its plan and its cell texts. Records an
    /// issue when the schema breaks a plan invariant.
    static func planned(_ prompt: String, _ table: String, seed: UInt64, rows: Int = 60) throws -> (EntityPlan, [[String?]]) {
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt): \(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: rows)).get()
        return (try #require(plan.entity(named: table), "\(prompt): no \(table)"), Self.table(plan, table))
    }

    /// The non-NULL texts of one column of `rows` (a table of `e`).
    static func cells(_ e: EntityPlan, _ rows: [[String?]], _ column: String) throws -> [String] {
        let c = try #require(e.column(named: column), "no \(column)")
        return rows.compactMap { $0[c] }
    }

    static func column(_ plan: DatasetPlan, _ entity: String, _ name: String) -> [String?] {
        guard let c = plan.entity(named: entity)?.column(named: name) else { return [] }
        return table(plan, entity).map { $0[c] }
    }

    /// Runs a program with `input` on stdin; returns (status, stdout, stderr).
    static func run(_ program: String, _ arguments: [String], input: [UInt8] = []) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [program] + arguments
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        try p.run()
        let writer = Thread {
            inPipe.fileHandleForWriting.write(Data(input))
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    static func tempDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doppel-engine-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
