import DoppelJSON
import Foundation
import Testing

/// Reality levels and the defect record through `generate`.
@Suite struct GenerateRealityEndToEndTests {
    @Test func cleanLevelsEqualTheCleanOutputAndHigherOnesDiffer() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        func content(_ level: Int?, id: Int) async throws -> JSON? {
            var params = JSONObject([("schema", GenerateFixtures.shop), ("output_format", "csv")])
            if let level { params["reality"] = .int(Int64(level)) }
            return try await client.callAsync("generate", params: .object(params), id: .int(Int64(id)))["result"]?["datasets"]
        }
        let clean = try #require(try await content(nil, id: 1))
        #expect(try await content(0, id: 2) == clean)
        #expect(try await content(2, id: 3) == clean)
        #expect(try await content(8, id: 4) != clean)
    }

    @Test func theManifestSidecarMatchesTheCountsInMetadata() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let dir = daemon.directory.file("messy")
        let reply = try await client.callAsync("generate", params: [
            "schema": GenerateFixtures.shop, "rows": 400, "reality": 8, "manifest": true, "output_format": "jsonl", "out_dir": .string(dir)])
        let result = try #require(reply["result"], "\(reply)")
        #expect(GenerateFixtures.files(dir) == ["customers.defects.jsonl", "customers.jsonl", "orders.defects.jsonl", "orders.jsonl"])
        #expect(result["datasets"]?["orders"]?["defects_path"] == .string(dir + "/orders.defects.jsonl"))
        var tally: [String: Int] = [:]
        for name in ["customers", "orders"] {
            for line in GenerateFixtures.read(dir + "/\(name).defects.jsonl").split(separator: "\n") {
                let record = try JSONParser.parse(String(line))
                #expect(record["entity"] == .string(name))
                // A near-duplicate's per-field lines are not counted again (docs/REALITY.md).
                if record["kind"] == "near_duplicate", record["field"] != .null { continue }
                tally[record["kind"]?.stringValue ?? "", default: 0] += 1
            }
        }
        let counts = try #require(result["metadata"]?["defect_counts"]?.objectValue)
        #expect(tally.values.reduce(0, +) > 0)
        for (kind, count) in counts { #expect((count.intValue ?? -1) == tally[kind, default: 0], "\(kind)") }
        #expect(result["metadata"]?["reality_level"] == 8)
        // Rows written (duplicates included) are what `size` reports.
        let lines = GenerateFixtures.read(dir + "/orders.jsonl").split(separator: "\n").count
        #expect(result["datasets"]?["orders"]?["size"] == .int(Int64(lines)))
    }

    @Test func inlineDefectsComeWithInlineContent() async throws {
        let daemon = try await TestDaemon.start()
        let reply = try await daemon.connectAsync().callAsync("generate", params: [
            "schema": GenerateFixtures.shop, "reality": 5, "manifest": true])
        let defects = reply["result"]?["datasets"]?["customers"]?["defects"]?.arrayValue ?? []
        #expect(!defects.isEmpty, "\(reply)")
        let rows = reply["result"]?["datasets"]?["customers"]?["content"]?.arrayValue ?? []
        for d in defects where d["field"] != .null {
            let row = try #require(d["row"]?.intValue)
            #expect(rows[row][d["field"]?.stringValue ?? ""] == d["dirty"], "\(d)")
        }
    }

    @Test func sqlAtLevelTenLoadsIntoSQLite() async throws {
        let daemon = try await TestDaemon.start()
        let dir = daemon.directory.file("sql10")
        let reply = try await daemon.connectAsync().callAsync("generate", params: [
            "schema": GenerateFixtures.shop, "rows": 600, "reality": 10, "output_format": "sql", "out_dir": .string(dir)])
        let script = try #require(reply["result"]?["datasets"]?["orders"]?["path"]?.stringValue, "\(reply)")
        let (status, text) = try GenerateFixtures.sqlite(script: script, then: "SELECT COUNT(*) >= 600 FROM orders;", in: daemon.directory.path)
        #expect(status == 0, "\(text)")
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(text)")
    }
}
