import DoppelJSON
import Foundation
import Testing

/// `doppel generate` with the prompts of issue 11, exactly as a new user types them, against a real daemon.
@Suite struct GeneratePromptsCLIEndToEndTests {
    /// Runs `doppel generate <prompt> --rows <rows> --format csv --out <dir>`; returns the CSV records per file.
    func generate(_ prompt: String, rows: Int, _ daemon: TestDaemon, extra: [String] = []) async throws -> [String: [[String]]] {
        let dir = daemon.directory.file("out-\(UInt32.random(in: 0...UInt32.max))")
        let run = try await runCLIAsync(["generate", prompt, "--rows", "\(rows)", "--format", "csv", "--out", dir] + extra
                                        + ["--socket", daemon.socketPath, "--no-autostart"])
        #expect(run.status == 0, "\(prompt): \(run.stderr)")
        var tables: [String: [[String]]] = [:]
        for file in GenerateFixtures.files(dir) where file.hasSuffix(".csv") {
            let records = try CSVReader.records(GenerateFixtures.read(dir + "/" + file))
            let width = records.first?.count ?? 0
            #expect(records.allSatisfy { $0.count == width }, "\(file): ragged records")
            tables[String(file.dropLast(4))] = records
        }
        #expect(daemon.process.isRunning, "doppeld died on \(prompt): \(daemon.stderr.suffix(2000))")
        return tables
    }

    /// The values of `column` in a table's records (header first).
    func column(_ records: [[String]]?, _ name: String) -> [String] {
        guard let records, let i = records.first?.firstIndex(of: name) else { return [] }
        return records.dropFirst().map { $0[i] }
    }

    @Test(arguments: ["Blog platform with users, posts and comments", "A SaaS company with accounts, users and support tickets"])
    func aChainOfTimedTablesGeneratesWithIntactReferences(prompt: String) async throws {
        let daemon = try await TestDaemon.start()
        let tables = try await generate(prompt, rows: 100, daemon)
        #expect(tables.count >= 3, "\(tables.keys.sorted())")
        // `--rows 100` sizes the largest (fact) table; the tables it references are scaled below it.
        #expect(tables.values.map { $0.count - 1 }.max() == 100, "\(tables.mapValues { $0.count - 1 })")
        for (name, records) in tables { #expect(records.count >= 2, "\(name) has \(records.count - 1) rows") }
        // Clean data too (reality 0): every reference is among its parent's keys.
        let clean = try await generate(prompt, rows: 100, daemon, extra: ["--reality", "0"])
        var checked = 0
        for (name, records) in clean {
            for header in records.first ?? [] where header.hasSuffix("_id") && header != "id" {
                let stem = String(header.dropLast(3))
                guard let parent = clean.keys.first(where: { $0 == stem + "s" || $0 == stem || $0 == stem + "es" }) else { continue }
                let keys = Set(column(clean[parent], "id"))
                let values = column(records, header).filter { !$0.isEmpty }
                #expect(!values.isEmpty && values.allSatisfy(keys.contains), "\(name).\(header) → \(parent).id")
                checked += 1
            }
        }
        #expect(checked >= 2, "references checked: \(checked) in \(clean.keys.sorted())")
    }

    @Test func twoHundredAirportsWithUniqueIATACodes() async throws {
        let daemon = try await TestDaemon.start()
        let tables = try await generate("Airports (iata_code unique, name, city, country)", rows: 200, daemon, extra: ["--reality", "0"])
        let codes = column(tables["airports"], "iata_code")
        #expect(codes.count == 200 && Set(codes).count == 200, "\(codes.count) codes, \(Set(codes).count) distinct")
        #expect(codes.allSatisfy { $0.utf8.count == 3 && $0.utf8.allSatisfy { (65...90).contains($0) } }, "\(codes.prefix(20))")
        // The 30 real codes Doppel lists come first: all of them are used before any made-up one.
        for real in ["ATL", "LHR", "HND", "GRU", "ICN"] { #expect(codes.contains(real), "\(real)") }
    }
}
