import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelServer
import DoppelJSON
import Foundation
import Testing

/// Every prompt Doppel is tested on, through one real `doppeld` with `generate`.
///
/// The corpus is every prompt in `Tests/Fixtures/planner_*.json` and in
/// `../shared/eval/planner_dev.json` beside the repository (as `.ci/score-planner`
/// reads it; skipped, saying so, when absent).
///
/// What is covered: every prompt at every (rows, reality) in {1, 10, 1000} ×
/// {0, 5, 10} — nine requests per prompt. The six outputs (json, jsonl, csv,
/// sql for sqlite, postgres and mysql) are rotated: request k of prompt p uses
/// output (k + p) mod 6, so every prompt sees every output, and over the corpus
/// every (rows, reality, output) triple is used by dozens of prompts. The full
/// cross product (six times the requests) does not fit CI's time on two cores
/// with a debug build.
///
/// A prompt whose plan has more tables than one request may return (five,
/// protocol/CONTRACTS.md) must be refused with that documented issue, naming
/// the tables; every other request must succeed.
///
/// After each prompt's nine requests the daemon must answer `ping` with the
/// same pid it started with. Each request must succeed, and its files must be
/// valid (see `OutputCheck`): JSON and JSONL parse, CSV parses as RFC 4180
/// with one field count per file and the reply's header, SQLite loads the
/// sqlite script (foreign keys on), the other dialects have one CREATE TABLE
/// per table. At reality 0 every reference value must be among its parent's
/// keys (computed from the parsed files, or `PRAGMA foreign_key_check` for
/// SQL); above 0 the defects are intended, so only structure is checked.
@Suite struct PromptCorpusEndToEndTests {
    static let rowCounts = [1, 10, 1000]
    static let realities = [0, 5, 10]
    static let outputs: [(format: String, dialect: String?)] = [
        ("json", nil), ("jsonl", nil), ("csv", nil), ("sql", "sqlite"), ("sql", "postgres"), ("sql", "mysql"),
    ]

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// (source, prompt) for every prompt of the corpus, in a fixed order.
    static func corpus() -> (prompts: [(String, String)], skipped: String?) {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures")
        var files = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasPrefix("planner_") && $0.hasSuffix(".json") }.sorted().map { fixtures.appendingPathComponent($0) }
        let eval = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/planner_dev.json")
        var skipped: String?
        if FileManager.default.fileExists(atPath: eval.path) {
            files.append(eval)
        } else {
            skipped = "\(eval.path) is absent: its prompts are not in this run"
        }
        var prompts: [(String, String)] = []
        for file in files {
            guard let data = try? Data(contentsOf: file), let items = try? JSONParser.parse(data).arrayValue else { continue }
            for item in items {
                guard let prompt = item["prompt"]?.stringValue else { continue }
                prompts.append(("\(file.lastPathComponent) \(item["id"]?.stringValue ?? "?")", prompt))
            }
        }
        return (prompts, skipped)
    }

    @Test func everyPromptGeneratesValidOutputAndTheDaemonSurvives() async throws {
        let (prompts, skipped) = Self.corpus()
        if let skipped { print("PromptCorpusEndToEndTests: \(skipped)") }
        #expect(prompts.count >= 200, "the fixtures hold over 200 prompts; found \(prompts.count)")
        let daemon = try await TestDaemon.start()
        let pid = daemon.pid
        let client = try await daemon.connectAsync()
        var failures: [String] = []
        var requests = 0, refusedByContract = 0, referencesChecked = 0
        var id: Int64 = 0
        for (p, (source, prompt)) in prompts.enumerated() {
            let (tables, references) = try await Self.plan(prompt, client: client, id: &id)
            for k in 0..<(Self.rowCounts.count * Self.realities.count) {
                let rows = Self.rowCounts[k / Self.realities.count], reality = Self.realities[k % Self.realities.count]
                let output = Self.outputs[(k + p) % Self.outputs.count]
                let dir = daemon.directory.file("c\(p)-\(k)")
                var params = JSONObject([("prompt", .string(prompt)), ("rows", .int(Int64(rows))), ("reality", .int(Int64(reality))),
                                         ("output_format", .string(output.format)), ("out_dir", .string(dir)), ("seed", 11)])
                if let dialect = output.dialect { params["dialect"] = .string(dialect) }
                let what = "\(source) rows \(rows) reality \(reality) \(output.format)\(output.dialect.map { "/" + $0 } ?? "")"
                id += 1
                requests += 1
                let reply = try await client.callAsync("generate", params: .object(params), id: .int(id), timeout: 300)
                if tables > GenerateLimits().maxDatasets {
                    let issues = reply["error"]?["data"]?["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
                    if issues.contains(where: { $0.hasPrefix("Prompt mentions \(tables) entities") && $0.hasSuffix("datasets can be generated per request") }) {
                        refusedByContract += 1
                    } else {
                        failures.append("\(what): \(tables) tables must be refused with the dataset limit, got \(reply.serialized().prefix(300))")
                    }
                    continue
                }
                guard let datasets = reply["result"]?["datasets"]?.objectValue, !datasets.isEmpty else {
                    failures.append("\(what): \(reply["error"]?.serialized() ?? reply.serialized())")
                    continue
                }
                var paths: [String: String] = [:], columns: [String: [String]] = [:]
                for (name, d) in datasets {
                    guard let path = d["path"]?.stringValue else {
                        failures.append("\(what): \(name) has no path")
                        continue
                    }
                    paths[name] = path
                    columns[name] = d["columns"]?.arrayValue?.compactMap(\.stringValue)
                }
                let check = OutputCheck(format: output.format, dialect: output.dialect, paths: paths, columns: columns,
                                        references: references, checkReferences: reality == 0, scratch: daemon.directory.path)
                let (problems, checked) = try await offPool { check.run() }
                failures += problems.map { "\(what): \($0)" }
                referencesChecked += checked
                try? FileManager.default.removeItem(atPath: dir)
            }
            id += 1
            let pong = try await client.callAsync("ping", id: .int(id))
            guard pong["result"] != nil, daemon.process.isRunning, daemon.pid == pid else {
                Issue.record("the daemon did not survive \(source): \(prompt)\n\(daemon.stderr.suffix(2000))")
                return
            }
        }
        #expect(requests == prompts.count * 9)
        print("PromptCorpusEndToEndTests: \(prompts.count) prompts, \(requests) requests, \(refusedByContract) refused for more tables "
              + "than one request returns, \(referencesChecked) references checked against their parents' keys")
        // Reality 0 is a third of the requests, and most prompts have references: the check must have run.
        #expect(referencesChecked >= prompts.count, "only \(referencesChecked) references checked")
        #expect(failures.isEmpty, "\(failures.count) of \(requests) requests failed:\n\(failures.prefix(30).joined(separator: "\n"))")
    }

    /// The checker itself fails on what it must find: a dangling reference, a ragged CSV record, broken JSON.
    @Test func theOutputCheckFindsDanglingReferencesRaggedRecordsAndBrokenJSON() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try "id,name\n1,a\n2,b\n".write(toFile: dir.file("users.csv"), atomically: true, encoding: .utf8)
        try "id,user_id\n1,2\n2,3\n".write(toFile: dir.file("posts.csv"), atomically: true, encoding: .utf8)
        let reference = OutputCheck.Reference(child: "posts", column: "user_id", parent: "users", parentColumn: "id")
        func check(_ format: String, _ paths: [String: String], references: [OutputCheck.Reference] = []) -> [String] {
            OutputCheck(format: format, dialect: nil, paths: paths, columns: [:], references: references, checkReferences: true,
                        scratch: dir.path).run().problems
        }
        let csv = ["users": dir.file("users.csv"), "posts": dir.file("posts.csv")]
        #expect(check("csv", csv, references: [reference]) == ["posts.user_id → users.id: 1 values missing from the parent, e.g. 3"])
        try "id,name\n1,a,extra\n".write(toFile: dir.file("users.csv"), atomically: true, encoding: .utf8)
        #expect(check("csv", ["users": dir.file("users.csv")]).first?.contains("record 1 has 3 fields") == true)
        try "[{\"id\": 1},".write(toFile: dir.file("users.json"), atomically: true, encoding: .utf8)
        #expect(check("json", ["users": dir.file("users.json")]).count == 1)
    }

    /// The table count and references of the prompt's plan, from `schema.plan` (the plan `generate` sizes).
    static func plan(_ prompt: String, client: RawClient, id: inout Int64) async throws -> (Int, [OutputCheck.Reference]) {
        id += 1
        let reply = try await client.callAsync("schema.plan", params: ["prompt": .string(prompt)], id: .int(id))
        guard let json = reply["result"]?["schema"], case let .success(schema) = Schema.decode(json) else { return (0, []) }
        return (schema.entities.count, schema.entities.flatMap { e in
            e.fields.compactMap { f in
                f.references.map { OutputCheck.Reference(child: e.name, column: f.name, parent: $0.entity, parentColumn: $0.field) }
            }
        })
    }
}
