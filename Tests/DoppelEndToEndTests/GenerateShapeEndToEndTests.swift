import Foundation
import Testing

/// `--rows` and `--rows-per` against a real daemon: the fact table gets --rows, its parents fewer, named tables
/// their count, and an unknown table is an error naming it and the flag.
@Suite struct GenerateShapeEndToEndTests {
    static let schema = #"""
    {"name": "shop", "seed": 5, "entities": [
      {"name": "customers", "rows": 100, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
      {"name": "categories", "rows": 10, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
      {"name": "orders", "rows": 1000, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "customer_id", "type": "integer", "references": "customers.id", "fanout": "zipf"},
        {"name": "category_id", "type": "integer", "references": "categories.id"}]}]}
    """#

    @Test func rowsSizesTheFactTableAndRowsPerSetsOthers() async throws {
        let daemon = try await TestDaemon.start()
        let file = daemon.directory.file("shop.json")
        try Self.schema.write(toFile: file, atomically: true, encoding: .utf8)
        let dir = daemon.directory.file("out")
        let run = try await runCLIAsync(["generate", "--schema", file, "--rows", "4000", "--rows-per", "categories=7",
                                         "--format", "csv", "--out", dir, "--socket", daemon.socketPath, "--no-autostart"])
        #expect(run.status == 0, "\(run.stderr)")
        func rows(_ table: String) -> Int { GenerateFixtures.read(dir + "/\(table).csv").split(separator: "\n").count - 1 }
        #expect(rows("orders") == 4000)
        #expect(rows("categories") == 7)
        // customers: 100 ^ (ln 4000 / ln 1000) ≈ 252: parents grow more slowly than facts.
        #expect((200...300).contains(rows("customers")), "\(rows("customers"))")

        let bad = try await runCLIAsync(["generate", "--schema", file, "--rows-per", "widgets=3",
                                         "--socket", daemon.socketPath, "--no-autostart"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--rows-per: unknown table \"widgets\"; the tables are customers, categories, orders"), "\(bad.stderr)")
    }

    /// The CLI is Doppel's own: a prompt of more tables than the hosted contract's five is one request.
    @Test func theCLIGeneratesMoreThanFiveTables() async throws {
        let daemon = try await TestDaemon.start()
        let dir = daemon.directory.file("learn")
        let run = try await runCLIAsync(["generate", "An e-learning platform with instructors, courses, lessons, enrollments and quiz attempts",
                                         "--rows", "20", "--seed", "3", "--format", "csv", "--out", dir, "--socket", daemon.socketPath,
                                         "--no-autostart"])
        #expect(run.status == 0, "\(run.stderr)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasSuffix(".csv") } ?? []
        #expect(files.count >= 6, "\(files)")
    }
}
