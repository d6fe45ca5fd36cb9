import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelTestSupport
import Foundation
import Testing

/// Drawn schemas through a real `doppeld` (`generate`, schema form, inline): each is refused
/// with −32602 naming the field, or generated with the same bytes for the same seed, shards
/// that concatenate to the whole, references that resolve and unique values (clean levels),
/// and a SQLite script that loads with foreign keys on (reality 0); the daemon answers `ping`
/// after every one. A fixed list of seeds plus fresh ones per run, printed on failure.
@Suite struct SchemaFuzzEndToEndTests {
    static let fixedBase: UInt64 = 0xE2E_0000
    static let fixedCount = 200
    static let freshCount = 20

    @Test func drawnSchemasThroughTheDaemon() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let fresh = UInt64.random(in: 0...UInt64.max)
        var freshSeeds = FuzzRandom(seed: fresh)
        // A request generates at most 5 tables (the hosted contract's limit), so draws with more
        // are passed over here; the in-process suite covers them.
        func fits(_ seed: UInt64) -> Bool { SchemaDrawer.draw(seed: seed).entityRows.count <= 5 }
        let fixed = (0..<UInt64(4 * Self.fixedCount)).lazy.map { Self.fixedBase + $0 }.filter(fits).prefix(Self.fixedCount)
        var freshList: [UInt64] = []
        while freshList.count < Self.freshCount { let s = freshSeeds.next(); if fits(s) { freshList.append(s) } }
        let seeds = Array(fixed) + freshList
        var failures: [String] = []
        var generated = 0
        var sqlite = SQLiteBatch()
        var id: Int64 = 0
        for seed in seeds {
            let c = SchemaDrawer.draw(seed: seed)
            func call(_ shard: Int?) async throws -> JSON {
                id += 1
                var params: JSONObject = ["schema": c.schema, "seed": .int(Int64(c.dataSeed)), "reality": .int(c.reality),
                                          "output_format": .string(c.format)]
                if let d = c.dialect { params.appendUnique("dialect", .string(d)) }
                if let shard { params.appendUnique("shard", .string("\(shard)/\(c.shards)")) }
                return try await client.callAsync("generate", params: .object(params), id: .int(id), timeout: 120)
            }
            do {
                switch try await Self.check(c, call: call, sqlite: &sqlite) {
                case .generated: generated += 1
                case .refused: break
                case let .failed(problem):
                    failures.append("seed \(seed) (\(c.formatLabel), reality \(c.reality), shards \(c.shards)): \(problem)")
                }
            } catch {
                failures.append("seed \(seed): \(error)")
            }
            id += 1
            let pong = try? await client.callAsync("ping", id: .int(id), timeout: 30)
            if pong?["result"] == nil {
                failures.append("seed \(seed): the daemon no longer answers ping (\(daemon.stderr.suffix(500)))")
                break
            }
        }
        for f in try sqlite.failures() { failures.append("clean SQLite script does not load: \(f)") }
        #expect(failures.isEmpty, "fresh seed this run: \(fresh); reproduce with SchemaDrawer.draw(seed:):\n\(failures.prefix(10).joined(separator: "\n"))")
        #expect(seeds.count == Self.fixedCount + Self.freshCount)
        #expect(generated * 10 >= seeds.count * 6, "only \(generated) of \(seeds.count) generated")
    }

    enum Outcome { case generated, refused, failed(String) }

    static func check(_ c: FuzzCase, call: (Int?) async throws -> JSON, sqlite: inout SQLiteBatch) async throws -> Outcome {
        let outcome: String? = try await problem(c, call: call, sqlite: &sqlite)
        if let outcome { return outcome == "" ? .refused : .failed(outcome) }
        return .generated
    }

    /// nil when the case generated with every property, "" when it was refused properly, else what went wrong.
    static func problem(_ c: FuzzCase, call: (Int?) async throws -> JSON, sqlite: inout SQLiteBatch) async throws -> String? {
        let whole = try await call(nil)
        let plan = try? Schema.decode(c.schema).get().resolve(ResolveOptions(seed: c.dataSeed)).get()
        if let error = whole["error"] {
            let issues = error["data"]?["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
            guard error["code"] == -32602, !issues.isEmpty else { return "refused without issues: \(error.serialized().prefix(300))" }
            // Schema problems name `entity.field`; the request limit on tables names `datasets`.
            if let unnamed = issues.first(where: { !$0.hasPrefix("schema: ") && !$0.contains("datasets") }) { return "issue names no field: \(unnamed)" }
            if plan != nil && !issues.allSatisfy({ $0.contains("datasets") }) {
                return "refused, though the schema resolves in-process: \(issues.prefix(2))"
            }
            return ""
        }
        guard let plan else { return "generated, though the schema does not resolve in-process" }
        guard let datasets = whole["result"]?["datasets"]?.objectValue else { return "no datasets: \(whole.serialized().prefix(300))" }
        let again = try await call(nil)
        if again["result"]?["datasets"] != whole["result"]?["datasets"] { return "same seed, different output" }
        // Shards concatenate to the whole: dataset by dataset, or for SQL as one script (the
        // unit of a SQL shard is the statement over the whole script).
        var joined: [String: JSON] = [:]
        var script = ""
        for k in 1...c.shards {
            let part = try await call(k)
            guard let ds = part["result"]?["datasets"]?.objectValue else { return "shard \(k): \(part.serialized().prefix(300))" }
            for (name, d) in ds {
                joined[name] = concat(joined[name], d["content"] ?? .null)
                script += d["content"]?.stringValue ?? ""
            }
        }
        if c.format == "sql" {
            if script != datasets.map({ $0.1["content"]?.stringValue ?? "" }).joined() {
                return "shards 1…\(c.shards) do not concatenate to the whole script"
            }
        } else if let name = datasets.first(where: { joined[$0.0] != $0.1["content"] })?.0 {
            return "shards 1…\(c.shards) of \(name) do not concatenate to the whole"
        }
        if c.reality <= 2 && (c.format == "json" || c.format == "jsonl" || c.format == "csv") {
            var tables: [String: FuzzOracle.Table] = [:]
            for (name, d) in datasets {
                let columns = d["columns"]?.arrayValue?.compactMap(\.stringValue) ?? []
                if c.format == "csv" {
                    let records = try CSVReader.records(d["content"]?.stringValue ?? "")
                    // Empty fields are NULL (the drawer gives no key an empty string).
                    tables[name] = FuzzOracle.Table(columns: columns, rows: records.dropFirst().map { $0.map { $0.isEmpty ? nil : $0 } })
                } else {
                    tables[name] = FuzzOracle.Table(columns: columns, objects: d["content"]?.arrayValue ?? [])
                }
            }
            let problems = FuzzOracle.problems(plan: plan, tables: tables)
            if !problems.isEmpty { return problems.prefix(3).joined(separator: "; ") }
        }
        if c.reality == 0 && c.format == "sql" && c.dialect == "sqlite" {
            let script = datasets.map { $0.1["content"]?.stringValue ?? "" }.joined()
            sqlite.add("seed \(c.seed)", Array(script.utf8))
        }
        return nil
    }

    static func concat(_ a: JSON?, _ b: JSON) -> JSON {
        switch (a, b) {
        case (nil, _): return b
        case let (.string(x)?, .string(y)): return .string(x + y)
        case let (.array(x)?, .array(y)): return .array(x + y)
        default: return b
        }
    }
}
