import DoppelJSON
import Foundation
import Testing

/// Requests without a seed: each call draws its own and says which, and that seed
/// gives the same output again; with a seed, output is the same every time.
@Suite struct FreshSeedEndToEndTests {
    static let prompt = "customers (id, name, email) and orders (id, customer_id, total, status)"

    func generate(_ params: JSON, on client: RawClient) async throws -> JSON {
        let reply = try await client.callAsync("generate", params: params)
        return try #require(reply["result"], "generate: \(reply.serialized())")
    }

    @Test func generateWithoutSeedDrawsOneAndReportsIt() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let params: JSON = ["prompt": .string(Self.prompt), "dataset_size": 20, "reality": 0, "output_format": "csv"]
        let first = try await generate(params, on: client)
        let second = try await generate(params, on: client)
        let seed1 = try #require(first["metadata"]?["seed"]?.int64Value)
        let seed2 = try #require(second["metadata"]?["seed"]?.int64Value)
        #expect(seed1 != seed2)
        #expect(first["datasets"] != second["datasets"])
        #expect(seed1 >= 0 && seed1 < 1 << 53)
        // The reported seed makes the same bytes again.
        var again = params.objectValue ?? JSONObject()
        again["seed"] = .int(seed1)
        let repeated = try await generate(.object(again), on: client)
        #expect(repeated["datasets"] == first["datasets"])
        #expect(repeated["metadata"]?["seed"]?.int64Value == seed1)
    }

    @Test func generateWithSeedIsTheSameEveryTimeAndShardsAgree() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let params: JSON = ["prompt": .string(Self.prompt), "dataset_size": 20, "reality": 0, "seed": 77]
        let a = try await generate(params, on: client)
        let b = try await generate(params, on: client)
        #expect(a["datasets"] == b["datasets"])
        #expect(a["metadata"]?["seed"] == 77)
        // A shard without a seed uses the default seed, with a warning, so shards started apart agree.
        let shard: JSON = ["prompt": .string(Self.prompt), "dataset_size": 20, "reality": 0, "shard": "1/2"]
        let s1 = try await generate(shard, on: client)
        let s2 = try await generate(shard, on: client)
        #expect(s1["datasets"] == s2["datasets"])
        #expect(s1["metadata"]?["seed"] == 0)
        #expect(s1["metadata"]?["warnings"]?.arrayValue?.contains { $0.stringValue?.hasPrefix("shard without seed") == true } == true)
    }

    @Test(arguments: [
        ("feedback.generate", ["productType": "hotel", "sentimentMix": "mixed", "feedbackCount": 5] as JSON),
        ("tickets.generate", ["product": "Acme CRM", "count": 4] as JSON),
        ("interviews.generate", ["role": "nurse", "level": "mid", "count": 3] as JSON),
        ("conversations.generate", ["prompt": "billing questions", "count": 2, "turns": 2] as JSON),
        ("synth_data.generate", ["examples": [["name": "Ann", "total": 12.5]], "multiplier": 3] as JSON),
    ])
    func textMethodsAnnounceTheSeedTheyDrew(method: String, params: JSON) async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        func call(_ params: JSON, id: Int) async throws -> (result: JSON, seed: Int64?) {
            try client.send(["jsonrpc": "2.0", "id": .int(Int64(id)), "method": .string(method), "params": params])
            let (response, notes) = try await client.responseAsync(id: .int(Int64(id)))
            let seeds = notes.filter { $0["method"] == "$/seed" }
            #expect(seeds.count <= 1)
            if let note = seeds.first { #expect(note["params"]?["id"] == .int(Int64(id))) }
            return (try #require(response["result"], "\(method): \(response.serialized())"), seeds.first?["params"]?["seed"]?.int64Value)
        }
        let first = try await call(params, id: 1)
        let second = try await call(params, id: 2)
        let seed = try #require(first.seed, "\(method) sent no $/seed")
        #expect(second.seed != nil && second.seed != seed)
        #expect(first.result != second.result)
        var withSeed = params.objectValue ?? JSONObject()
        withSeed["seed"] = .int(seed)
        let repeated = try await call(.object(withSeed), id: 3)
        #expect(repeated.seed == nil, "a request with a seed gets no $/seed")
        #expect(repeated.result == first.result)
    }

    @Test func generateDataRecordsItsSeedInTheManifest() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let params: JSON = ["prompt": "insurance dataset with the columns (name, amount)", "rows": 5]
        _ = try await client.callAsync("generate_data", params: params, id: 1)
        _ = try await client.callAsync("generate_data", params: params, id: 2)
        let listed = try await client.callAsync("datasets.list", id: 3)
        var seeds: [Int64] = []
        for entry in listed["result"]?["datasets"]?.arrayValue ?? [] {
            let id = try #require(entry["id"]?.stringValue)
            let got = try await client.callAsync("datasets.get", params: ["id": .string(id)], id: 4)
            seeds.append(try #require(got["result"]?["manifest"]?["seed"]?.int64Value))
        }
        #expect(seeds.count == 2)
        #expect(Set(seeds).count == 2)
    }

    @Test func theCLINamesTheSeedItWasGiven() async throws {
        let daemon = try await TestDaemon.start()
        let common = ["--socket", daemon.socketPath, "--no-autostart"]
        let drawn = try await runCLIAsync(["feedback", "--product-type", "hotel", "--sentiment-mix", "positive", "--count", "3"] + common)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let line = try #require(drawn.stderr.split(separator: "\n").first { $0.hasPrefix("doppel: seed ") })
        let seed = try #require(line.split(separator: " ").dropFirst(2).first.map(String.init))
        #expect(line == "doppel: seed \(seed) (repeat with --seed \(seed))")
        let repeated = try await runCLIAsync(["feedback", "--product-type", "hotel", "--sentiment-mix", "positive", "--count", "3",
                                              "--seed", seed] + common)
        #expect(repeated.stdout == drawn.stdout)
        #expect(repeated.stderr.isEmpty)

        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let summary = try await runCLIAsync(["generate", Self.prompt, "--rows", "5", "--seed", "31", "--out", dir.path] + common)
        // `--rows 5` sizes the fact table; its parent gets fewer rows.
        #expect(summary.stdout.hasPrefix("Generated 2 datasets, "), "\(summary.stdout)")
        #expect(summary.stdout.contains("(reality 3, seed 31, structural checks"), "\(summary.stdout)")
    }
}
