import DoppelJSON
import Foundation
import Testing

/// The protocol campaign (issue 11, point 6): seeded random and mutated frames
/// and params against a real daemon. Properties:
///
/// - the daemon never dies: same pid, and a fresh connection's `ping` answers after every batch;
/// - every request with an id gets exactly one reply, and nothing is −32603;
/// - a missing required param, or a value its schema refuses, is −32602 naming
///   it, never −32603 and never a dropped connection.
///
/// Seeds: a fixed list plus one fresh seed per run, printed with any failure;
/// `DOPPEL_PROTOCOL_FUZZ_SEEDS="5 6 7"` runs those instead, and
/// `DOPPEL_PROTOCOL_FUZZ_ROUNDS=N` repeats each seed's campaign N times
/// (bench/protocol-fuzz.sh). Failing inputs are saved under $TMPDIR as reproducers.
@Suite(.serialized) struct ProtocolFuzzEndToEndTests {
    static let freshSeed = UInt64.random(in: 1...UInt64.max)

    static var seeds: [UInt64] {
        if let list = ProcessInfo.processInfo.environment["DOPPEL_PROTOCOL_FUZZ_SEEDS"] {
            return list.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { UInt64($0) }
        }
        return [1, 2, 3, freshSeed]
    }

    static var rounds: Int { Int(ProcessInfo.processInfo.environment["DOPPEL_PROTOCOL_FUZZ_ROUNDS"] ?? "") ?? 1 }

    @Test(arguments: seeds)
    func framesAndParamsNeverTakeTheDaemonDownOrSilenceIt(seed: UInt64) async throws {
        let daemon = try await TestDaemon.start(extraArguments: ["--max-frame-bytes", "4194304"])
        let campaign = try await offPool { () -> ProtocolCampaign in
            let campaign = try ProtocolCampaign(daemon: daemon, seed: seed)
            for _ in 0..<Self.rounds {
                try campaign.params()
                try campaign.frames()
                try campaign.framing()
            }
            return campaign
        }
        print("protocol fuzz seed \(seed): \(campaign.summary)")
        print("protocol-fuzz-figures \(campaign.figures.serialized())")
        let failures = campaign.failures
        let reproducer = failures.isEmpty ? "" : Self.save(failures, seed: seed)
        #expect(failures.isEmpty, "seed \(seed) (rerun: DOPPEL_PROTOCOL_FUZZ_SEEDS=\(seed)), \(failures.count) failures, saved to \(reproducer):\n\(failures.prefix(5).joined(separator: "\n"))")
        #expect(campaign.crashes == 0, "seed \(seed): the daemon died")
    }

    /// What the campaign found first: text methods took any `stream` value as false,
    /// and `generate` ignored a bad `planner` in the schema form.
    @Test func membersTheFuzzerFoundIgnoredAreRefusedNamingThem() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let examples = try ProtocolFuzzer.exampleParams()
        for method in ["feedback.generate", "tickets.generate", "interviews.generate", "conversations.generate", "synth_data.generate"] {
            var params = try #require(examples[method]?.objectValue, "no example for \(method)")
            params["stream"] = "yes"
            let reply = try await client.callAsync(method, params: .object(params))
            #expect(reply["error"]?["code"] == -32602, "\(method): \(reply.serialized().prefix(300))")
            #expect(reply["error"]?["data"]?["details"]?["stream"] != nil, "\(method): \(reply.serialized().prefix(300))")
        }
        let schema: JSON = ["entities": [["name": "t", "rows": 1, "fields": [["name": "id", "type": "integer"]]]]]
        let reply = try await client.callAsync("generate", params: ["schema": schema, "planner": 5])
        #expect(reply["error"]?["code"] == -32602 && reply["error"]?["data"]?["details"]?["planner"] != nil, "\(reply.serialized())")
    }

    static func save(_ failures: [String], seed: UInt64) -> String {
        let path = NSTemporaryDirectory() + "doppel-protocol-fuzz-\(seed).txt"
        try? failures.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
