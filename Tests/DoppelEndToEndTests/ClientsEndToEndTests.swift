import DoppelJSON
import Foundation
import Testing

/// The small clients in `clients/` (Python and Node, standard libraries only) against a real daemon.
@Suite struct ClientsEndToEndTests {
    static let clients = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("clients")

    static var python: String { clients.appendingPathComponent("python/doppel_client.py").path }
    static var node: String { clients.appendingPathComponent("node/doppel-client.js").path }

    static func run(_ interpreter: String, _ script: String, _ arguments: [String]) throws -> CLIResult {
        try runCLI([interpreter, script] + arguments, executable: "/usr/bin/env")
    }

    @Test(arguments: ["python3", "node"])
    func callsAMethodAndReportsErrorsWithTheirKind(interpreter: String) throws {
        let daemon = try TestDaemon()
        let script = interpreter == "node" ? Self.node : Self.python
        let ping = try Self.run(interpreter, script, ["--socket", daemon.socketPath, "ping"])
        #expect(ping.status == 0, "\(ping.stderr)")
        #expect(try JSONParser.parse(ping.stdout) == ["pong": true])

        let feedback = try Self.run(interpreter, script, [
            "--socket", daemon.socketPath, "feedback.generate",
            #"{"productType": "saas", "sentimentMix": "balanced", "feedbackCount": 6, "seed": 3}"#])
        #expect(feedback.status == 0, "\(feedback.stderr)")
        let data = try JSONParser.parse(feedback.stdout)["data"]?.arrayValue ?? []
        #expect(data.count == 6)

        let bad = try Self.run(interpreter, script, ["--socket", daemon.socketPath, "feedback.generate", #"{"productType": "saas"}"#])
        #expect(bad.status == 1)
        let error = try JSONParser.parse(bad.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(error["code"] == -32602)
        #expect(error["data"]?["kind"] == "INVALID_PARAMETERS")
        #expect(error["data"]?["details"]?["feedbackCount"] != nil)

        let missing = try Self.run(interpreter, script, ["--socket", daemon.directory.file("nobody.sock"), "ping"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no doppeld at"))
    }

    @Test func pythonStreamsChunksInOrder() throws {
        let daemon = try TestDaemon()
        let program = """
            import json, sys
            sys.path.insert(0, \(String(reflecting: Self.clients.appendingPathComponent("python").path)))
            from doppel_client import DoppelClient
            with DoppelClient(sys.argv[1]) as c:
                items, result = c.stream("feedback.generate", {"productType": "hotel", "sentimentMix": "mixed", "feedbackCount": 9})
                print(json.dumps({"streamed": items, "result": result["data"]}))
            """
        let out = try runCLI(["python3", "-c", program, daemon.socketPath], executable: "/usr/bin/env")
        #expect(out.status == 0, "\(out.stderr)")
        let json = try JSONParser.parse(out.stdout)
        #expect(json["streamed"]?.arrayValue?.count == 9)
        #expect(json["streamed"] == json["result"])
    }
}
