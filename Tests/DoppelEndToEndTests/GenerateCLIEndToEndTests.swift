import DoppelJSON
import Foundation
import Testing

/// `doppel generate` against a real daemon.
@Suite struct GenerateCLIEndToEndTests {
    func doppel(_ arguments: [String], _ daemon: TestDaemon) async throws -> CLIResult {
        try await runCLIAsync(arguments + ["--socket", daemon.socketPath, "--no-autostart"])
    }

    @Test func plannerAndTextSourceReachTheDaemon() async throws {
        let daemon = try await TestDaemon.start()
        let prompt = "customers (id, name, email)"
        let builtin = try await doppel(["generate", prompt, "--rows", "3", "--format", "csv", "--planner", "builtin",
                                        "--text-source", "builtin"], daemon)
        #expect(builtin.status == 0, "\(builtin.stderr)")
        #expect(builtin.stdout.hasPrefix("id,name,email\n") && builtin.stdout.split(separator: "\n").count == 4)
        // No model configured: asking for one by name is refused, naming why.
        let llm = try await doppel(["generate", prompt, "--rows", "3", "--planner", "llm"], daemon)
        #expect(llm.status == 1)
        #expect(llm.stderr.contains("LLM_NOT_CONFIGURED") || llm.stderr.contains("needs a model"), "\(llm.stderr)")
        let bad = try await doppel(["generate", prompt, "--text-source", "cloud"], daemon)
        #expect(bad.status == 2 && bad.stderr.contains("--text-source"))
    }

    @Test func aOneTableSchemaGoesToStandardOutputAndOutWritesFiles() async throws {
        let daemon = try await TestDaemon.start()
        let schemaFile = daemon.directory.file("people.json")
        try GenerateFixtures.people.serialized().write(toFile: schemaFile, atomically: true, encoding: .utf8)
        let stdout = try await doppel(["generate", "--schema", schemaFile, "--format", "csv", "--rows", "12"], daemon)
        #expect(stdout.status == 0, "\(stdout.stderr)")
        let lines = stdout.stdout.split(separator: "\n")
        #expect(lines.first == "id,name,note" && lines.count == 13, "\(stdout.stdout)")

        let dir = daemon.directory.file("people-out")
        let files = try await doppel(["generate", "--schema", schemaFile, "--format", "csv", "--rows", "12", "--out", dir], daemon)
        #expect(files.status == 0, "\(files.stderr)")
        #expect(files.stdout.contains("\(dir)/people.csv"), "\(files.stdout)")
        #expect(GenerateFixtures.read(dir + "/people.csv") == stdout.stdout)
    }

    /// `--sync` (`sync: true`) writes the same bytes, flushed before the reply; a `sync` that is not a
    /// boolean is refused naming it, and one without `out_dir` is ignored with a warning.
    @Test func syncWritesTheSameFilesAndIsChecked() async throws {
        let daemon = try await TestDaemon.start()
        let schemaFile = daemon.directory.file("people.json")
        try GenerateFixtures.people.serialized().write(toFile: schemaFile, atomically: true, encoding: .utf8)
        var written: [String] = []
        for (name, extra) in [("plain", [String]()), ("synced", ["--sync"])] {
            let dir = daemon.directory.file(name)
            let run = try await doppel(["generate", "--schema", schemaFile, "--format", "jsonl", "--rows", "40", "--out", dir] + extra, daemon)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(GenerateFixtures.files(dir) == ["people.jsonl"], "\(GenerateFixtures.files(dir))")
            written.append(GenerateFixtures.read(dir + "/people.jsonl"))
        }
        #expect(written[0] == written[1] && !written[0].isEmpty)
        let client = try await daemon.connectAsync()
        let bad = try await client.callAsync("generate", params: ["schema": GenerateFixtures.people, "sync": "yes",
                                                                  "out_dir": .string(daemon.directory.file("bad"))])
        #expect(bad["error"]?["message"]?.stringValue?.contains("sync") == true, "\(bad)")
        let inline = try await client.callAsync("generate", params: ["schema": GenerateFixtures.people, "sync": true])
        let warnings = inline["result"]?["metadata"]?["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.contains { $0.contains("sync") }, "\(inline)")
    }

    @Test func aPromptWithRelativeOutWritesCSVFilesAndNoKeyAnywhere() async throws {
        let log = try TemporaryDirectory()
        let daemon = try await TestDaemon.start(extraArguments: ["--log-file", log.file("doppeld.log")])
        // A relative --out is the CLI's, not the daemon's: run from a directory of our own.
        let work = daemon.directory.file("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let run = try await offPool {
            try runCLIIn(work, ["generate", "E-commerce platform with customers, products and orders", "--rows", "25",
                                "--format", "csv", "--out", "data/", "--manifest", "--reality", "6",
                                "--socket", daemon.socketPath, "--no-autostart"])
        }
        #expect(run.status == 0, "\(run.stderr)")
        let files = GenerateFixtures.files(work + "/data")
        #expect(files.contains("customers.csv") && files.contains("orders.csv") && files.contains("products.csv"), "\(files)")
        #expect(files.contains("orders.defects.jsonl"))
        #expect(GenerateFixtures.read(work + "/data/customers.csv").hasPrefix("id,"))

        // api_key: accepted, never logged or written.
        let key = "sk-test-\(UInt32.random(in: 0...UInt32.max))"
        let reply = try await daemon.connectAsync().callAsync("generate", params: [
            "prompt": "customers and orders", "dataset_size": 5, "api_key": .string(key), "out_dir": .string(work + "/keyed")])
        #expect(reply["result"] != nil, "\(reply)")
        #expect(!reply.serialized().contains(key))
        #expect(!GenerateFixtures.read(log.file("doppeld.log")).contains(key))
        for f in GenerateFixtures.files(work + "/keyed") { #expect(!GenerateFixtures.read(work + "/keyed/" + f).contains(key)) }
    }
}

/// Runs the real `doppel` with `cwd` as its working directory.
func runCLIIn(_ cwd: String, _ arguments: [String]) throws -> CLIResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Binaries.cli)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: cwd)
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
}
