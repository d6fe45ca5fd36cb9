import DoppelJSON
import Foundation
import Testing

/// `generate` over a real socket: the hosted contract (prompt form), the schema form, reality.
@Suite struct GenerateEndToEndTests {
    static let examplePrompt = "E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status). Include 5 product categories and realistic order patterns."

    @Test func theIssuesExamplePromptLoadsIntoSQLiteWithValidKeys() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let out = daemon.directory.file("shop")
        let reply = try await client.callAsync("generate", params: ["prompt": .string(Self.examplePrompt), "dataset_size": 60,
                                                                     "output_format": "sql", "out_dir": .string(out), "seed": 3])
        let result = try #require(reply["result"], "\(reply)")
        let datasets = try #require(result["datasets"]?.objectValue)
        #expect(Set(datasets.keys) == ["categories", "customers", "products", "orders"])
        #expect(datasets["categories"]?["size"] == 5)
        #expect(result["success"] == true && result["message"] == "Successfully generated 4 dataset(s)")
        #expect(result["metadata"]?["reality_level"] == 3 && result["metadata"]?["total_datasets"] == 4)
        #expect(result["metadata"]?["validation"]?["validation_status"] == "completed")
        #expect(result["download_links"] == .null)
        let script = try #require(datasets["orders"]?["path"]?.stringValue)
        let (status, text) = try GenerateFixtures.sqlite(script: script,
            then: "PRAGMA foreign_key_check;\nSELECT 'categories=' || COUNT(*) FROM categories;", in: daemon.directory.path)
        #expect(status == 0, "\(text)")
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "categories=5", "foreign_key_check must be empty: \(text)")
    }

    @Test func everyValidationProblemIsReportedAtOnceWithSuggestions() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let mismatch = try await client.callAsync("generate", params: [
            "prompt": "An app with customers, products, orders and reviews", "datasets": 3, "dataset_size": 2_000_000])
        let data = try #require(mismatch["error"]?["data"])
        #expect(mismatch["error"]?["code"] == -32602)
        #expect(data["error"] == "Invalid request payload" && data["kind"] == "INVALID_REQUEST_PAYLOAD")
        let issues = data["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let suggestions = data["suggestions"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(issues.contains("Prompt mentions 4 entities (customers, products, orders, reviews) but datasets=3"), "\(issues)")
        #expect(issues.contains("Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666"), "\(issues)")
        #expect(suggestions.contains("Set datasets=4 to match entities in prompt"))
        #expect(suggestions.contains("Or modify prompt to only mention 3 entities"))

        let bad = try await client.callAsync("generate", params: [
            "prompt": "customers and orders", "output_format": "xml", "reality": 11, "dataset_size": "lots", "api_key": "sk-leak-me"], id: 2)
        let badIssues = bad["error"]?["data"]?["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(badIssues.contains("Unknown output_format \"xml\"; expected one of json, csv, sql, jsonl"), "\(badIssues)")
        #expect(badIssues.contains("Reality level must be between 0 and 10, got 11"))
        #expect(badIssues.contains("Dataset size must be a number, got \"lots\""))
        #expect(!bad.serialized().contains("sk-leak-me"))
        #expect(!daemon.stderr.contains("sk-leak-me"))
    }

    @Test func datasetsIsLoweredToThePromptWithAWarning() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let reply = try await client.callAsync("generate", params: ["prompt": "customers and orders", "datasets": 5, "dataset_size": 3])
        let result = try #require(reply["result"], "\(reply)")
        #expect(result["metadata"]?["total_datasets"] == 2)
        let warnings = result["metadata"]?["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.contains { $0.hasPrefix("datasets=5 but the prompt describes 2 entities") }, "\(warnings)")
        // Inline JSON content is an array of row objects with the listed columns.
        let customers = try #require(result["datasets"]?["customers"])
        #expect(customers["content"]?.arrayValue?.count == 3)
        #expect(customers["content"]?[0]?.objectValue?.keys == customers["columns"]?.arrayValue?.compactMap(\.stringValue))
    }

    @Test func maxRecordsRaisesTheTotalLimit() async throws {
        let params: JSON = ["schema": GenerateFixtures.shop, "dataset_size": 3_000_000, "out_dir": "relative/dir"]
        let strict = try await TestDaemon.start()
        let refused = try await strict.connectAsync().callAsync("generate", params: params)
        #expect(refused["error"]?["data"]?["issues"]?[0] == "Dataset size 3,000,000 exceeds limit. With 2 datasets, max size per dataset is 2,500,000")
        // Raised, the size passes validation; the next check (a relative out_dir, before any row is made) answers instead.
        let raised = try await TestDaemon.start(extraArguments: ["--max-records", "6000000"])
        let passed = try await raised.connectAsync().callAsync("generate", params: params)
        let issues = passed["error"]?["data"]?["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(issues.count == 1 && issues[0].hasPrefix("out_dir must be an absolute path"), "\(passed)")
    }

    @Test func inlineResultsHaveASizeCap() async throws {
        let daemon = try await TestDaemon.start(extraArguments: ["--max-inline-bytes", "2000"])
        let reply = try await daemon.connectAsync().callAsync("generate", params: ["schema": GenerateFixtures.shop, "output_format": "csv"])
        #expect(reply["error"]?["data"]?["kind"] == "RESULT_TOO_LARGE")
        #expect(reply["error"]?["message"]?.stringValue?.contains("use out_dir or stream") == true)
    }

    @Test func schemaFormWritesFilesByRenameAndInlineMatchesThem() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let dir = daemon.directory.file("csv")
        let files = try await client.callAsync("generate", params: ["schema": GenerateFixtures.shop, "output_format": "csv", "out_dir": .string(dir)])
        #expect(files["result"]?["datasets"]?["orders"]?["path"] == .string(dir + "/orders.csv"), "\(files)")
        #expect(GenerateFixtures.files(dir) == ["customers.csv", "orders.csv"])  // no temporary names left
        #expect(files["result"]?["metadata"]?["prompt"] == .null && files["result"]?["metadata"]?["reality_level"] == 0)
        #expect(files["result"]?["metadata"]?["validation"]?["validation_score"] == 10)
        let inline = try await client.callAsync("generate", params: ["schema": GenerateFixtures.shop, "output_format": "csv"], id: 2)
        #expect(inline["result"]?["datasets"]?["orders"]?["content"] == .string(GenerateFixtures.read(dir + "/orders.csv")))
        #expect(inline["result"]?["datasets"]?["orders"]?["size"] == 80)
    }

    @Test(arguments: ["csv", "jsonl", "sql"])
    func shardsOverTheSocketConcatenateToTheWhole(format: String) async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        func generate(_ shard: String?, id: Int) async throws -> [String: String] {
            let dir = daemon.directory.file("\(format)-\(shard?.replacingOccurrences(of: "/", with: "of") ?? "all")")
            var params = JSONObject([("schema", GenerateFixtures.shop), ("output_format", .string(format)), ("out_dir", .string(dir)), ("rows", 2100)])
            if let shard { params["shard"] = .string(shard) }
            let reply = try await client.callAsync("generate", params: .object(params), id: .int(Int64(id)))
            #expect(reply["result"] != nil, "\(reply)")
            // A shard checks its own rows' references too, against the parent rows they were drawn from.
            let checks = reply["result"]?["metadata"]?["validation"]?["checks"]?.arrayValue ?? []
            let references = checks.filter { $0["check"] == "references_resolve" }
            // (A SQL shard is a run of statements, which may hold no child rows.)
            #expect((format == "sql" && shard != nil) || !references.isEmpty, "\(checks)")
            #expect(references.allSatisfy { $0["passed"] == true }, "\(references)")
            if shard != nil {
                #expect(references.allSatisfy { $0["detail"]?.stringValue?.hasSuffix("rows they were drawn from") == true }, "\(references)")
            }
            return Dictionary(uniqueKeysWithValues: GenerateFixtures.files(dir).map { ($0, GenerateFixtures.read(dir + "/" + $0)) })
        }
        let whole = try await generate(nil, id: 1)
        let parts = [try await generate("1/3", id: 2), try await generate("2/3", id: 3), try await generate("3/3", id: 4)]
        #expect(!whole.isEmpty)
        for (name, text) in whole {
            #expect(parts.map { $0[name] ?? "" }.joined() == text, "\(name)")
        }
    }

    @Test func streamedChunksReassembleToTheInlineContent() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let params = JSONObject([("schema", GenerateFixtures.shop), ("output_format", "json"), ("rows", 9000), ("reality", 5)])
        var streamed = params
        streamed["stream"] = true
        try client.send(["jsonrpc": "2.0", "id": 1, "method": "generate", "params": .object(streamed)])
        let (reply, notifications) = try await client.responseAsync(id: 1)
        #expect(reply["result"]?["datasets"]?["orders"]?["streamed"] == true, "\(reply)")
        var text: [String: String] = [:]
        for n in notifications where n["method"] == "$/chunk" {
            for item in n["params"]?["items"]?.arrayValue ?? [] {
                text[item["dataset"]?.stringValue ?? "", default: ""] += item["text"]?.stringValue ?? ""
            }
        }
        #expect(notifications.filter { $0["method"] == "$/chunk" }.count > 2)
        let inline = try await client.callAsync("generate", params: .object(params), id: 2)
        for name in ["customers", "orders"] {
            let content = try #require(inline["result"]?["datasets"]?[name]?["content"])
            #expect(try JSONParser.parse(text[name] ?? "") == content, "\(name)")
        }
    }

    @Test func cancellingAGenerationStopsItAndLeavesNoFiles() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let dir = daemon.directory.file("cancelled")
        try client.send(["jsonrpc": "2.0", "id": "big", "method": "generate",
                         "params": ["schema": GenerateFixtures.shop, "rows": 2_400_000, "output_format": "csv", "out_dir": .string(dir)]])
        let first = try await offPool { try client.receive(timeout: 60) }
        #expect(first["method"] == "$/progress")
        try client.send(["jsonrpc": "2.0", "method": "$/cancel", "params": ["id": "big"]])
        let (reply, _) = try await client.responseAsync(id: "big")
        #expect(reply["error"]?["code"] == -32800, "\(reply)")
        // The worker removes its temporary files as it unwinds; nothing is ever renamed into place.
        let cleaned = await eventuallyAsync { GenerateFixtures.files(dir).isEmpty }
        #expect(cleaned, "\(GenerateFixtures.files(dir))")
    }
}
