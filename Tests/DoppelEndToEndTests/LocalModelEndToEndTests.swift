import DoppelJSON
import DoppelTestSupport
import Foundation
import Testing

/// The real daemon against a slow, confused or failing local model (the
/// loopback fixture): it waits without using the CPU, says in `warnings`
/// which items the built-in engine wrote and why, and counts failures by kind.
@Suite struct LocalModelEndToEndTests {
    /// utime + stime of `pid` in clock ticks, from /proc/PID/stat (fields 14 and 15).
    static func cpuTicks(_ pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // The command name may hold spaces; the fields after its closing parenthesis do not.
        guard let close = stat.lastIndex(of: ")") else { throw TestFailure("unreadable /proc/\(pid)/stat") }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3, so utime (14) and stime (15) are at offsets 11 and 12.
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
            throw TestFailure("unreadable /proc/\(pid)/stat")
        }
        return user + system
    }

    /// While a request waits on a model that takes its time, the daemon uses
    /// under 1 % of a core (URLSession's wait took 0.83 of one).
    @Test func waitingOnTheModelCostsNoCPU() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            var reply = ModelAnswers.reply(request)
            reply.delay = 8
            return reply
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture, timeout: "30"))
        let client = try await daemon.connectAsync()
        try client.send(["jsonrpc": "2.0", "id": 1, "method": "tickets.generate", "params": ["product": "Acme CRM", "count": 2]])
        for _ in 0..<300 where fixture.requestCount == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
        #expect(fixture.requestCount == 1)
        try await Task.sleep(nanoseconds: 500_000_000)
        let ticksPerSecond = 100.0  // USER_HZ on Linux
        let before = try Self.cpuTicks(daemon.pid)
        let started = Date()
        try await Task.sleep(nanoseconds: 5_000_000_000)
        let used = Double(try Self.cpuTicks(daemon.pid) - before) / ticksPerSecond
        let elapsed = Date().timeIntervalSince(started)
        #expect(used / elapsed < 0.01, "doppeld used \(used) CPU-seconds in \(elapsed) s of waiting")
        let (reply, _) = try await client.responseAsync(id: 1, timeout: 30)
        #expect(reply["result"]?[0]?["subject"]?.stringValue?.hasPrefix("MODEL subject") == true)
        #expect(reply["warnings"] == nil)
    }

    /// A model server that sends its answer only when it is complete (no
    /// stream): while the request waits, the daemon sends a `$/progress`
    /// heartbeat every second with no tokens and the seconds waited. The
    /// fixture holds its answer until two heartbeats have arrived (or 10 s).
    @Test func waitingOnAModelThatDoesNotStreamSendsAHeartbeat() async throws {
        let gate = ChatCompletionsFixture.Gate()
        let fixture = try ChatCompletionsFixture { request, _ in
            var reply = ModelAnswers.reply(request)
            reply.gate = gate
            return reply
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture, timeout: "30"))
        let client = try await daemon.connectAsync()
        try client.send(["jsonrpc": "2.0", "id": 1, "method": "tickets.generate", "params": ["product": "Acme CRM", "count": 2]])
        var beats: [JSON] = []
        while beats.count < 2 {
            let message = try await offPool { try client.receive(timeout: 15) }
            if message["method"] == "$/progress", let params = message["params"] { beats.append(params); continue }
            if message["id"] != nil { break }
        }
        gate.release()
        #expect(beats.count == 2, "the answer came before two heartbeats")
        let seconds = beats.compactMap { $0["message"]?.stringValue }
        #expect(beats.allSatisfy { $0["done"] == 0 && $0["total"] == .null && $0["id"] == 1 })
        #expect(seconds.count == 2 && seconds.allSatisfy { $0.hasPrefix("tokens from the model (") && $0.hasSuffix(" s)") })
        let validator = JSONSchemaValidator(directory: ProtocolExamplesTests.protocolDirectory.appendingPathComponent("schemas"))
        for beat in beats {
            #expect(try validator.validate(beat, against: "progress.params.schema.json") == [], "\(beat)")
        }
        if beats.count == 2 {
            let (reply, _) = try await client.responseAsync(id: 1, timeout: 30)
            #expect(reply["result"]?[0]?["subject"]?.stringValue?.hasPrefix("MODEL subject") == true)
        }
    }

    /// On a terminal (a pseudo-terminal from util-linux `script`), `doppel` draws the heartbeat of
    /// a model that streams nothing — `0 tokens from the model (N s)` — and clears it before the result.
    @Test func theCLIShowsTheWaitOnATerminal() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            var reply = ModelAnswers.reply(request)
            reply.delay = 4
            return reply
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture, timeout: "30"))
        let command = [Binaries.cli, "tickets", "--product", "Acme", "--count", "2", "--socket", daemon.socketPath, "--no-autostart"]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let run = try await offPool { try runCLI(["-qec", command, "/dev/null"], executable: "/usr/bin/script") }
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("\r\u{1B}[K0 tokens from the model ("), "\(run.stdout)")
        #expect(run.stdout.contains("MODEL subject"))
    }

    /// Placeholders are sent back once, then written by the built-in engine,
    /// and the response says so beside its result.
    @Test func unusableTextIsReplacedAndTheResponseSaysWhy() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            let n = ModelAnswers.briefs(request.messages.first { $0.role == "user" }?.content ?? "")
            let items = (0..<n).map { _ -> JSON in ["subject": "Hello world!", "body": "This is a test."] }
            return .completion(JSON.object(JSONObject([("items", .array(items))])).serialized())
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture))
        let client = try await daemon.connectAsync()
        let reply = try await client.callAsync("tickets.generate", params: ["product": "Acme CRM", "count": 3])
        let tickets = try #require(reply["result"]?.arrayValue)
        #expect(tickets.count == 3)
        #expect(tickets.allSatisfy { $0["body"]?.stringValue != "This is a test." && $0["subject"]?.stringValue != "Hello world!" })
        let warnings = reply["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("ticket texts 1–3") == true && warnings.first?.contains("placeholder") == true)
        #expect(fixture.requestCount == 2)
        let repair = fixture.requests.last?.messages.last?.content ?? ""
        #expect(repair.contains("placeholder"))
    }

    /// A model slower than --llm-timeout: the built-in engine writes the
    /// items, the response's warnings say why, and status counts the timeout.
    @Test func aTimeoutFallsBackWithAWarningAndIsCountedByKind() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            var reply = ModelAnswers.reply(request)
            reply.delay = 3
            return reply
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture, timeout: "1"))
        let client = try await daemon.connectAsync()
        let reply = try await client.callAsync("feedback.generate", params: LLMDaemonEndToEndTests.feedback, timeout: 30)
        let items = try #require(reply["result"]?["data"]?.arrayValue)
        #expect(items.count == 3 && items.allSatisfy { $0["content"]?.stringValue?.hasPrefix("MODEL") == false })
        let warnings = reply["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.contains { $0.contains("feedback texts 1–3 come from the built-in engine") && $0.contains("LLM_TIMEOUT") })
        let llm = try #require(await client.callAsync("status")["result"]?["llm"])
        #expect(llm["failures_by_kind"]?["LLM_TIMEOUT"] == 1)
        #expect(llm["last_error"]?["kind"] == "LLM_TIMEOUT")
        #expect(llm["last_error"]?["message"]?.stringValue?.contains("within 1 s") == true)
        #expect(llm["max_concurrency"] == 1 && llm["stream"] == true)
    }

    /// `doppel` prints the response's warnings on standard error and the result alone on standard
    /// output; without --timeout it waits for a daemon's model past the CLI's usual 60 s default
    /// (shown here with a 1 s --timeout that a 2 s model beats only when the flag is left out).
    @Test func theCLIPrintsWarningsAndWaitsForTheModel() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in
            let n = ModelAnswers.briefs(request.messages.first { $0.role == "user" }?.content ?? "")
            let items = (0..<n).map { _ -> JSON in ["subject": "Hello world!", "body": "This is a test."] }
            return .completion(JSON.object(JSONObject([("items", .array(items))])).serialized(), delay: 2)
        }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture))
        let base = ["tickets", "--product", "Acme CRM", "--count", "2", "--socket", daemon.socketPath, "--no-autostart"]
        let run = try await runCLIAsync(base)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("doppel: warning: LLM: the model's ticket texts 1–2 were still unusable"))
        #expect(try JSONParser.parse(run.stdout).arrayValue?.count == 2)
        let impatient = try await runCLIAsync(base + ["--timeout", "1"])
        #expect(impatient.status != 0)
    }
}

extension LocalModelEndToEndTests {
    /// `doppel generate-data` plans its prompt with the daemon's model: without --timeout it waits
    /// for the model as plan and the text commands do, where a 1 s --timeout gives up (the model
    /// answers after 2 s, with no usable plan, so the built-in planner writes the CSV).
    @Test func generateDataWaitsForTheModelThatPlansIt() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .completion(#"{"entities": []}"#, delay: 2) }
        let daemon = try await TestDaemon.start(extraArguments: LLMDaemonEndToEndTests.flags(fixture))
        let base = ["generate-data", "insurance dataset with the columns (name, amount)", "--rows", "3",
                    "--socket", daemon.socketPath, "--no-autostart"]
        let run = try await runCLIAsync(base)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix(".csv\n"), "\(run.stdout)")
        #expect(fixture.requestCount >= 1)
        let impatient = try await runCLIAsync(base + ["--timeout", "1"])
        #expect(impatient.status != 0)
        #expect(impatient.stderr.contains("no reply to generate_data within 1 s"), "\(impatient.stderr)")
    }
}
