import DoppelJSON
import DoppelPOSIX
import Foundation
import Testing

/// `generate_data` and `datasets.*` against the real daemon, and `doppel datasets` against it.
@Suite struct DatasetStoreEndToEndTests {
    static let prompt = "insurance dataset with the columns (name, amount)"

    /// The local path of a `file://` URL.
    func path(ofFileURL text: String?) throws -> String {
        guard let text, text.hasPrefix("file:///"), let url = URL(string: text), url.isFileURL else {
            throw TestFailure("not a file:// URL: \(text ?? "nil")")
        }
        return url.path
    }

    /// The CSV a `generate_data` result links to, parsed: header and data records.
    func csv(_ result: JSON?) throws -> (header: [String], rows: [[String]]) {
        let text = try String(contentsOfFile: try path(ofFileURL: result?["message"]?.stringValue), encoding: .utf8)
        let records = try CSVReader.records(text)
        guard let header = records.first else { throw TestFailure("empty CSV") }
        return (header, Array(records.dropFirst()))
    }

    /// Every regular file under `directory`, recursively.
    func files(under directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var out: [String] = []
        while let name = enumerator?.nextObject() as? String {
            let full = directory + "/" + name
            if (try? FileManager.default.attributesOfItem(atPath: full)[.type] as? FileAttributeType) == .typeRegular {
                out.append(full)
            }
        }
        return out
    }

    @Test func generateDataWritesTheAskedCSVAndKeepsNoKey() async throws {
        let key = "sk-doppel-store-test-\(UInt32.random(in: 0...UInt32.max))"
        let daemon = try await TestDaemon.start()  // its log is a file inside daemon.directory
        let client = try await daemon.connectAsync()

        // rows as a string, with an api_key that must end up nowhere
        let response = try await client.callAsync("generate_data", params: ["prompt": .string(Self.prompt), "rows": "100",
                                                                            "api_key": .string(key)])
        #expect(response["error"] == nil, "\(response.serialized())")
        #expect(response["result"]?["status"] == true)
        #expect(response["result"]?.objectValue?.keys.sorted() == ["message", "status"])
        let table = try csv(response["result"])
        #expect(table.header == ["name", "amount"])
        #expect(table.rows.count == 100)
        #expect(table.rows.allSatisfy { $0.count == 2 && Double($0[1]) != nil })
        let stored = try path(ofFileURL: response["result"]?["message"]?.stringValue)
        #expect(stored.hasPrefix(daemon.directory.file("data") + "/doppel/datasets/ds-"))
        #expect(stored.hasSuffix("/insurance.csv"))

        // rows as a number; columns listed with their key keep it
        let numbered = try await client.callAsync("generate_data", params: ["prompt": "customers (id, name, email)", "rows": 7], id: 2)
        let customers = try csv(numbered["result"])
        #expect(customers.header == ["id", "name", "email"])
        #expect(customers.rows.count == 7)
        #expect(customers.rows.map { $0[0] } == (1...7).map(String.init))

        // bad rows: each a −32602 in the contract's shape naming rows
        let bad: [(JSON, String)] = [("abc", "rows must be a number, got \"abc\""), (0, "rows must be between 1 and 5,000,000, got 0"),
                                     (-3, "rows must be between 1 and 5,000,000, got -3"), ("-3", "rows must be between 1 and 5,000,000, got -3"),
                                     (10_000_000, "rows must be between 1 and 5,000,000, got 10,000,000"), (2.5, "rows must be a whole number, got 2.5"),
                                     (true, "rows must be a number, got boolean")]
        for (index, (rows, issue)) in bad.enumerated() {
            let reply = try await client.callAsync("generate_data", params: ["prompt": .string(Self.prompt), "rows": rows],
                                                   id: .int(Int64(10 + index)))
            #expect(reply["error"]?["code"] == -32602, "\(rows.serialized())")
            #expect(reply["error"]?["data"]?["status"] == false)
            #expect(reply["error"]?["data"]?["issues"] == [.string(issue)], "\(rows.serialized()): \(reply.serialized())")
        }
        let missing = try await client.callAsync("generate_data", params: ["rows": 5], id: 30)
        #expect(missing["error"]?["data"]?["issues"] == ["prompt is required"])

        let status = try await client.callAsync("status", id: 31)
        #expect(status["result"]?["datasets"]?["datasets"] == 2)
        #expect(status["result"]?["datasets"]?["created"] == 2)

        // The key is in no file the daemon wrote: datasets, manifests, caches, state, the log.
        let written = files(under: daemon.directory.path)
        #expect(written.contains { $0.hasSuffix("/manifest.json") })
        for file in written {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.range(of: Data(key.utf8)) == nil, "the API key is in \(file)")
        }
        let manifest = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: (stored as NSString).deletingLastPathComponent + "/manifest.json")))
        #expect(manifest["prompt"]?.stringValue == Self.prompt)
        #expect(manifest["method"] == "generate_data")
        #expect(manifest["sizes"]?["insurance"] == 100)
        #expect(manifest["schema"]?["entities"]?[0]?["fields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["name", "amount"])
        #expect(manifest["api_key"] == nil)
    }
}

extension DatasetStoreEndToEndTests {
    @Test func storeRoundTripEscapesAndLeftovers() async throws {
        let directory = try TemporaryDirectory()
        let root = directory.file("store")
        let outside = directory.file("outside")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: outside + "/keep.txt"))
        // A dataset whose writer died before the rename, and one still being written by a live process (this one).
        let dead = try Self.exitedPID()
        let leftover = root + "/.tmp-\(dead)-ds-20240101-000000-00000001"
        let inProgress = root + "/.tmp-\(CurrentProcess.pid)-ds-20240101-000000-00000002"
        for dir in [leftover, inProgress] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let id = String(dir.split(separator: "-", maxSplits: 2).last ?? "")
            try Data(#"{"manifest_version":1,"id":"\#(id)","created_at":"2024-01-01T00:00:00Z","prompt":"half","seed":0,"format":"csv","reality":0,"sizes":{},"files":[],"schema":{"name":"x","entities":[]}}"#.utf8)
                .write(to: URL(fileURLWithPath: dir + "/manifest.json"))
        }
        let daemon = try await TestDaemon.start(extraArguments: ["--data-dir", root], directory: directory)
        let client = try await daemon.connectAsync()
        #expect(!FileManager.default.fileExists(atPath: leftover), "a dead writer's leftover is removed at start-up")
        #expect(daemon.stderr.contains("removed .tmp-\(dead)-"))
        #expect(FileManager.default.fileExists(atPath: inProgress), "a live writer's directory is left alone")

        let empty = try await client.callAsync("datasets.list")
        #expect(empty["result"]?["datasets"] == [], "a half-written dataset is never listed: \(empty.serialized())")
        #expect(empty["result"]?["root"]?.stringValue == root)

        let made = try await client.callAsync("generate_data", params: ["prompt": .string(Self.prompt), "rows": 12], id: 2)
        let csvPath = try path(ofFileURL: made["result"]?["message"]?.stringValue)
        #expect(csvPath.hasPrefix(root + "/ds-"))
        let listed = try await client.callAsync("datasets.list", id: 3)
        let entries = listed["result"]?["datasets"]?.arrayValue ?? []
        #expect(entries.count == 1)
        let id = try #require(entries.first?["id"]?.stringValue)
        #expect(csvPath == root + "/" + id + "/insurance.csv")
        #expect(entries.first?["rows"] == 12)
        #expect(entries.first?["files"] == ["insurance.csv"])
        #expect(entries.first?["bytes"]?.intValue == (try FileManager.default.attributesOfItem(atPath: csvPath)[.size] as? Int))

        let got = try await client.callAsync("datasets.get", params: ["id": .string(id)], id: 4)
        #expect(got["result"]?["directory"]?.stringValue == root + "/" + id)
        #expect(got["result"]?["files"]?[0]?["path"]?.stringValue == csvPath)
        #expect(got["result"]?["manifest"]?["prompt"]?.stringValue == Self.prompt)
        #expect(got["result"]?["manifest"]?["schema"]?["entities"]?[0]?["rows"] == 12)

        // Ids that could name something outside the store: −32602 naming "id", for get and delete alike.
        for (n, bad) in ["../outside", "/etc", "a/b", "a\u{0}b", "..", ".", "", "-rf", String(repeating: "x", count: 65)].enumerated() {
            for method in ["datasets.get", "datasets.delete"] {
                let reply = try await client.callAsync(method, params: ["id": .string(bad)], id: .int(Int64(100 + n)))
                #expect(reply["error"]?["code"] == -32602, "\(method) \(bad.debugDescription): \(reply.serialized())")
                #expect(reply["error"]?["data"]?["details"]?["id"] != nil, "\(method) \(bad.debugDescription)")
            }
        }
        let typed = try await client.callAsync("datasets.get", params: ["id": 7], id: 150)
        #expect(typed["error"]?["data"]?["details"]?["id"] != nil)
        #expect(FileManager.default.fileExists(atPath: outside + "/keep.txt"))
        #expect(FileManager.default.fileExists(atPath: csvPath))

        let deleted = try await client.callAsync("datasets.delete", params: ["id": .string(id)], id: 5)
        #expect(deleted["result"] == ["deleted": true, "id": .string(id)])
        #expect(!FileManager.default.fileExists(atPath: root + "/" + id))
        let after = try await client.callAsync("datasets.list", id: 6)
        #expect(after["result"]?["datasets"] == [])
        for method in ["datasets.get", "datasets.delete"] {
            let gone = try await client.callAsync(method, params: ["id": .string(id)], id: 7)
            #expect(gone["error"]?["code"] == 1400)
            #expect(gone["error"]?["data"]?["kind"] == "DATASET_NOT_FOUND")
        }
        #expect(FileManager.default.fileExists(atPath: inProgress))
    }

    @Test func cliListsShowsAndRemovesDatasets() async throws {
        let daemon = try await TestDaemon.start()
        func doppel(_ arguments: [String]) async throws -> CLIResult {
            try await runCLIAsync(["datasets"] + arguments + ["--socket", daemon.socketPath, "--no-autostart"])
        }
        let none = try await doppel(["list"])
        #expect(none.status == 0)
        #expect(none.stdout == "no datasets in \(daemon.directory.file("data"))/doppel/datasets\n")

        let made = try await runCLIAsync(["generate-data", Self.prompt, "--rows", "3", "--socket", daemon.socketPath, "--no-autostart"])
        #expect(made.status == 0, "\(made.stderr)")
        let csvPath = String(made.stdout.dropLast())
        #expect(made.stdout == csvPath + "\n")
        #expect(try CSVReader.records(String(contentsOfFile: csvPath, encoding: .utf8)) .count == 4)
        let id = URL(fileURLWithPath: csvPath).deletingLastPathComponent().lastPathComponent

        let table = try await doppel(["list"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.last?.hasPrefix(id) == true)
        #expect(lines.last?.hasSuffix(Self.prompt) == true)
        let json = try await doppel(["list", "--json"])
        #expect(try JSONParser.parse(json.stdout)["datasets"]?[0]?["id"]?.stringValue == id)

        let shown = try await doppel(["show", id])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("id:        \(id)\n"))
        #expect(shown.stdout.contains("  \(csvPath)  "))
        #expect(shown.stdout.contains("prompt:    \(Self.prompt)\n"))
        let shownJSON = try await doppel(["show", id, "--json"])
        #expect(try JSONParser.parse(shownJSON.stdout)["files"]?[0]?["path"]?.stringValue == csvPath)

        let escape = try await doppel(["show", "../data"])
        #expect(escape.status == 1)
        #expect(escape.stderr.contains("Invalid dataset id"))
        let noID = try await doppel(["rm"])
        #expect(noID.status == 2)

        let removed = try await doppel(["rm", id])
        #expect(removed.status == 0)
        #expect(removed.stdout == "deleted \(id)\n")
        #expect(!FileManager.default.fileExists(atPath: csvPath))
        let again = try await doppel(["show", id])
        #expect(again.status == 1)
        #expect(again.stderr.contains("No dataset with id \"\(id)\""))
    }

    /// The pid of a process that has exited (so no live process has it, barring reuse in the meantime).
    static func exitedPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
