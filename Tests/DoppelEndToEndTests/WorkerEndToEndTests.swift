import DoppelJSON
import DoppelPOSIX
import Foundation
import Testing

/// Generation in worker processes, against the real `doppeld`: a worker that
/// dies costs its request and nothing else.
@Suite struct WorkerEndToEndTests {
    /// A job long enough to be still running when a test asks for its worker and cancels it: the engine writes a few
    /// million CSV rows a second, so 4M CSV rows could finish first when the machine answers the status request late.
    /// The most rows a dataset may have, in JSON Lines (longer rows, more to write).
    static let longJobRows = 5_000_000

    static func generate(_ out: String, rows: Int = 2_000, seed: Int64 = 7, format: String = "csv") -> JSON {
        ["schema": GenerateFixtures.people, "rows": .int(Int64(rows)), "output_format": .string(format), "out_dir": .string(out), "seed": .int(seed)]
    }

    /// The pids of the workers running jobs, once there are any: the first progress can go out while the supervisor
    /// is still starting the worker, so a loaded machine may report none on the first ask (waits up to 20 s).
    static func jobPids(_ daemon: TestDaemon) async throws -> [Int] {
        var pids: [Int] = []
        _ = try await eventuallyAsync(within: 20) {
            pids = try await status(daemon)["workers"]?["jobPids"]?.arrayValue?.compactMap(\.intValue) ?? []
            return !pids.isEmpty
        }
        return pids
    }

    static func status(_ daemon: TestDaemon) async throws -> JSON {
        let client = try await daemon.connectAsync()
        defer { client.close() }
        return try #require(try await client.callAsync("status")["result"])
    }

    @Test func aTrapInAWorkerIsOneErrorWhilePingAndGenerateGoOn() async throws {
        let daemon = try await TestDaemon.start()
        let trapDir = daemon.directory.file("trapped"), goodDir = daemon.directory.file("good")
        var trapParams = Self.generate(trapDir, rows: 50_000).objectValue ?? JSONObject()
        trapParams["fault"] = "trap"
        let trapClient = try await daemon.connectAsync(), pingClient = try await daemon.connectAsync()
        let generateClient = try await daemon.connectAsync()

        async let trapped = trapClient.callAsync("debug.worker_fault", params: .object(trapParams))
        async let generated = generateClient.callAsync("generate", params: Self.generate(goodDir))
        async let pings: [JSON] = offPool {
            try (0..<50).map { i in try pingClient.call("ping", id: .int(Int64(i))) }
        }
        let (crash, good, pongs) = try await (trapped, generated, pings)

        #expect(crash["error"]?["code"] == -32603, "\(crash)")
        let data = try #require(crash["error"]?["data"], "\(crash)")
        #expect(data["kind"] == "ENGINE_CRASHED")
        #expect(data["signal"]?.stringValue?.hasPrefix("SIG") == true, "\(data)")
        let jobPath = try #require(data["job_path"]?.stringValue, "\(data)")
        #expect(jobPath.hasPrefix(daemon.directory.file("state")), "saved under XDG_STATE_HOME: \(jobPath)")
        #expect(FileManager.default.fileExists(atPath: jobPath))
        #expect(good["result"]?["success"] == true, "\(good)")
        #expect(GenerateFixtures.read(goodDir + "/people.csv").split(separator: "\n").count == 2_001)
        #expect(pongs.count == 50 && pongs.allSatisfy { $0["result"]?["pong"] == true })
        // The staged files of the dead worker are gone; nothing was renamed into place.
        #expect(GenerateFixtures.files(trapDir).isEmpty, "\(GenerateFixtures.files(trapDir))")

        let status = try await Self.status(daemon)
        #expect(status["pid"] == .int(Int64(daemon.pid)))
        #expect(CurrentProcess.isAlive(daemon.pid))
        #expect(status["workers"]?["crashes"] == 1, "\(status["workers"] ?? .null)")
        #expect(daemon.stderr.contains("died running generate"))
    }

    @Test func replayingTheSavedJobGivesTheBytesTheRequestWouldHave() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let original = daemon.directory.file("original"), crashed = daemon.directory.file("crashed")
        let replayed = daemon.directory.file("replayed")
        let first = try await client.callAsync("generate", params: Self.generate(original, rows: 3_000, seed: 99))
        #expect(first["result"]?["success"] == true, "\(first)")
        var trap = Self.generate(crashed, rows: 3_000, seed: 99).objectValue ?? JSONObject()
        trap["fault"] = "trap"
        let crash = try await client.callAsync("debug.worker_fault", params: .object(trap), id: 2)
        let jobPath = try #require(crash["error"]?["data"]?["job_path"]?.stringValue, "\(crash)")
        // The saved job holds no prompt and no key, only the resolved work.
        let saved = GenerateFixtures.read(jobPath)
        #expect(saved.contains("\"doppel_job\"") && !saved.contains("api_key"))

        let cli = try await runCLIAsync(["replay", jobPath, "--out", replayed, "--socket", daemon.socketPath])
        #expect(cli.status == 0, "\(cli.stderr)")
        let a = try Data(contentsOf: URL(fileURLWithPath: original + "/people.csv"))
        let b = try Data(contentsOf: URL(fileURLWithPath: replayed + "/people.csv"))
        #expect(a == b && a.count > 10_000)
    }

    /// The text methods' built-in path runs in a worker too: a trap there is one
    /// `ENGINE_CRASHED`, and replaying the saved job gives the items the request would have.
    @Test(arguments: [
        ("feedback.generate", ["productType": "hotel", "sentimentMix": "mixed", "feedbackCount": 40, "complexityLevel": "complex",
                               "seed": 5, "api_key": "sk-never-saved"] as JSON),
        ("tickets.generate", ["product": "CloudDesk", "count": 30, "seed": 5] as JSON),
        ("interviews.generate", ["role": "Data Engineer", "level": "senior", "count": 12, "seed": 5] as JSON),
        ("conversations.generate", ["prompt": "a customer asks a bakery about gluten-free cakes", "count": 6, "turns": 4, "seed": 5] as JSON),
        ("synth_data.generate", ["examples": [["name": "Ada", "age": 36], ["name": "Linus", "age": 29]], "multiplier": 20,
                                 "seed": 5] as JSON),
    ])
    func aTrapInATextMethodsWorkerIsOneErrorAndItsReplayGivesTheItems(method: String, params: JSON) async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync(), pingClient = try await daemon.connectAsync()
        let normal = try await client.callAsync(method, params: params, id: 1)
        let expected = try #require(normal["result"], "\(normal)")

        var trap = params.objectValue ?? JSONObject()
        trap["fault"] = "trap"
        trap["method"] = .string(method)
        async let trapped = client.callAsync("debug.worker_fault", params: .object(trap), id: 2)
        async let pings: [JSON] = offPool { try (0..<20).map { i in try pingClient.call("ping", id: .int(Int64(i))) } }
        let (crash, pongs) = try await (trapped, pings)
        #expect(crash["error"]?["data"]?["kind"] == "ENGINE_CRASHED", "\(crash)")
        #expect(pongs.count == 20 && pongs.allSatisfy { $0["result"]?["pong"] == true })
        let jobPath = try #require(crash["error"]?["data"]?["job_path"]?.stringValue, "\(crash)")
        let saved = GenerateFixtures.read(jobPath)
        #expect(saved.contains("\"\(method)\"") && !saved.contains("api_key") && !saved.contains("sk-never-saved"), "\(saved)")

        let job = try JSONParser.parse(Data(saved.utf8))
        let replay = try await client.callAsync("job.replay", params: ["job": job], id: 3)
        let replayed = try #require(replay["result"], "\(replay)")
        // The same items as the request gave (the feedback contract's `data`; the others are arrays).
        #expect((replayed["data"] ?? replayed) == (expected["data"] ?? expected))
        let after = try await client.callAsync(method, params: params, id: 4)
        #expect(after["result"] == expected)
        let status = try await Self.status(daemon)
        #expect(status["pid"] == .int(Int64(daemon.pid)) && status["workers"]?["crashes"] == 1, "\(status["workers"] ?? .null)")
    }

    @Test func cancellingKillsTheWorkerAndLeavesNoFiles() async throws {
        // The key is the daemon's, never a worker's (a worker calls no model).
        let daemon = try await TestDaemon.start(environment: ["OPENAI_API_KEY": "sk-daemon-only-7731"])
        let client = try await daemon.connectAsync()
        let dir = daemon.directory.file("cancelled")
        try client.send(["jsonrpc": "2.0", "id": "big", "method": "generate", "params": Self.generate(dir, rows: Self.longJobRows, format: "jsonl")])
        let first = try await offPool { try client.receive(timeout: 60) }
        #expect(first["method"] == "$/progress", "\(first)")
        let busy = try await Self.jobPids(daemon)
        let pid = try #require(busy.first, "a worker runs the job")
        #expect(CurrentProcess.isAlive(Int32(pid)))
        let environment = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))) ?? Data()
        #expect(!environment.isEmpty && !String(decoding: environment, as: UTF8.self).contains("sk-daemon-only-7731"))
        try client.send(["jsonrpc": "2.0", "method": "$/cancel", "params": ["id": "big"]])
        let (reply, _) = try await client.responseAsync(id: "big")
        #expect(reply["error"]?["code"] == -32800, "\(reply)")
        let gone = await eventuallyAsync { !CurrentProcess.isAlive(Int32(pid)) }
        #expect(gone, "worker \(pid) still runs after the cancel")
        // The −32800 may go out before the supervisor has reaped the worker and removed what it staged.
        let cleaned = await eventuallyAsync { GenerateFixtures.files(dir).isEmpty }
        #expect(cleaned, "\(GenerateFixtures.files(dir))")
        let workers = try await Self.status(daemon)["workers"]
        #expect(workers?["crashes"] == 0, "a cancel is not a crash: \(workers ?? .null)")
    }

    @Test func aClientGoingAwayKillsItsWorker() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let dir = daemon.directory.file("abandoned")
        try client.send(["jsonrpc": "2.0", "id": 1, "method": "generate", "params": Self.generate(dir, rows: Self.longJobRows, format: "jsonl")])
        let first = try await offPool { try client.receive(timeout: 60) }
        #expect(first["method"] == "$/progress", "\(first)")
        let busy = try await Self.jobPids(daemon)
        let pid = try #require(busy.first, "a worker runs the job")
        client.close()
        // (the daemon notices the hang-up, then kills, reaps and cleans up: on two loaded cores this took over ten seconds)
        let gone = await eventuallyAsync(within: 45) { !CurrentProcess.isAlive(Int32(pid)) }
        #expect(gone, "worker \(pid) still runs after its client left")
        let cleaned = await eventuallyAsync(within: 45) { GenerateFixtures.files(dir).isEmpty }
        #expect(cleaned, "\(GenerateFixtures.files(dir))")
        // The daemon serves the next client, with a new worker.
        let next = try await daemon.connectAsync()
        let reply = try await next.callAsync("generate", params: Self.generate(daemon.directory.file("next"), rows: 100))
        #expect(reply["result"]?["success"] == true, "\(reply)")
    }

    @Test func atMostWorkersJobsRunAtOnceAndTheRestQueue() async throws {
        let daemon = try await TestDaemon.start(extraArguments: ["--workers", "1"])
        var clients: [RawClient] = []
        for _ in 0..<4 { clients.append(try await daemon.connectAsync()) }
        let replies = try await withThrowingTaskGroup(of: JSON.self) { group in
            for (i, client) in clients.enumerated() {
                let dir = daemon.directory.file("q\(i)")
                group.addTask { try await client.callAsync("generate", params: Self.generate(dir, rows: 20_000, seed: Int64(i))) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.count == 4 && replies.allSatisfy { $0["result"]?["success"] == true }, "\(replies)")
        // With one slot, one worker process served all four jobs, one after another (and stays warm).
        let workers = try await Self.status(daemon)["workers"]
        #expect(workers?["started"] == 1, "\(workers ?? .null)")
        #expect(workers?["warm"] == 1 && workers?["threads"] == 1, "\(workers ?? .null)")
    }

    @Test func aWorkerPastItsMemoryLimitIsOneErrorAndNormalJobsFitUnderIt() async throws {
        let daemon = try await TestDaemon.start(extraArguments: ["--worker-memory-mb", "512"])
        let client = try await daemon.connectAsync()
        var params = Self.generate(daemon.directory.file("oom"), rows: 100).objectValue ?? JSONObject()
        params["fault"] = "exhaust_memory"
        let crash = try await client.callAsync("debug.worker_fault", params: .object(params))
        #expect(crash["error"]?["data"]?["kind"] == "ENGINE_CRASHED", "\(crash)")
        let reason = crash["error"]?["data"]?["reason"]?.stringValue ?? ""
        #expect(reason.contains("memory limit of 512 MiB"), "\(reason)")
        let good = try await client.callAsync("generate", params: Self.generate(daemon.directory.file("fits"), rows: 10_000), id: 2)
        #expect(good["result"]?["success"] == true, "\(good)")
        let workers = try await Self.status(daemon)["workers"]
        #expect(workers?["crashes"] == 1 && workers?["memoryLimitMB"] == 512, "\(workers ?? .null)")
    }

    @Test func exhaustingMemoryWithoutALimitIsRefused() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        var params = Self.generate(daemon.directory.file("x"), rows: 10).objectValue ?? JSONObject()
        params["fault"] = "exhaust_memory"
        let reply = try await client.callAsync("debug.worker_fault", params: .object(params))
        #expect(reply["error"]?["code"] == -32602, "\(reply)")
        #expect(reply["error"]?["message"]?.stringValue?.contains("--worker-memory-mb") == true, "\(reply)")
    }
}
