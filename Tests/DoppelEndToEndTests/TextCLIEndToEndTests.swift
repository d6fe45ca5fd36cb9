import DoppelJSON
import DoppelPOSIX
import Foundation
import Testing

/// The text commands of the real `doppel` against a real daemon.
@Suite struct TextCLIEndToEndTests {
    /// Runs `doppel` against `daemon` (waiting off the shared pool: see `offPool`).
    func doppel(_ arguments: [String], _ daemon: TestDaemon) async throws -> CLIResult {
        try await runCLIAsync(arguments + ["--socket", daemon.socketPath, "--no-autostart"])
    }

    @Test func feedbackPrintsTheHostedResponse() async throws {
        let daemon = try await TestDaemon.start()
        let run = try await doppel(["feedback", "--product-type", "restaurant", "--sentiment-mix", "negative", "--count", "4",
                              "--complexity", "simple", "--seed", "12"], daemon)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let json = try JSONParser.parse(run.stdout)
        #expect(json["success"] == true)
        #expect(json["data"]?.arrayValue?.count == 4)
        // The CLI sends the same request the protocol does: same seed, same bytes.
        let direct = try await daemon.connectAsync().callAsync("feedback.generate", params: [
            "productType": "restaurant", "sentimentMix": "negative", "feedbackCount": 4, "complexityLevel": "simple", "seed": 12])
        #expect(direct["result"] == json)
    }

    @Test func everyTextCommandWritesJSON() async throws {
        let daemon = try await TestDaemon.start()
        let tickets = try await doppel(["tickets", "--product", "Acme CRM", "--count", "6", "--priority-mix", "urgent=1,low=2",
                                  "--channels", "chat, email"], daemon)
        #expect(tickets.status == 0, "\(tickets.stderr)")
        let list = try #require(JSONParser.parse(tickets.stdout).arrayValue)
        #expect(list.filter { $0["priority"] == "urgent" }.count == 2 && list.filter { $0["priority"] == "low" }.count == 4)
        #expect(list.allSatisfy { ["chat", "email"].contains($0["channel"]?.stringValue ?? "") })

        let interviews = try await doppel(["interviews", "--role", "data analyst", "--level", "junior", "--count", "3",
                                     "--question-type", "technical"], daemon)
        #expect(interviews.status == 0, "\(interviews.stderr)")
        let questions = try #require(JSONParser.parse(interviews.stdout).arrayValue)
        #expect(questions.count == 3 && questions.allSatisfy { $0["type"] == "technical" && $0["level"] == "junior" })

        let conversations = try await doppel(["conversations", "--prompt", "hotel booking changes", "--count", "2", "--turns", "3"], daemon)
        #expect(conversations.status == 0, "\(conversations.stderr)")
        let rows = try #require(JSONParser.parse(conversations.stdout).arrayValue)
        #expect(rows.count == 2 && rows.allSatisfy { $0["conv_prefix"]?.arrayValue?.count == 5 })
    }

    @Test func augmentReadsJSONLAndWritesOutViaRename() async throws {
        let daemon = try await TestDaemon.start()
        let examples = daemon.directory.file("examples.jsonl")
        try "{\"sku\": \"AB-100\", \"price\": 9.99, \"in_stock\": true}\r\n\n{\"sku\": \"CD-200\", \"price\": 19.5, \"in_stock\": false}\n"
            .write(toFile: examples, atomically: true, encoding: .utf8)
        let out = daemon.directory.file("rows.json")
        let run = try await doppel(["augment", "--examples", examples, "--multiplier", "3", "--prompt", "a hardware shop",
                              "--model-id", "ignored-offline", "--out", out], daemon)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let rows = try #require(JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: out))).arrayValue)
        #expect(rows.count == 6)
        for row in rows {
            let generated = try JSONParser.parse(row["generated"]?.stringValue ?? "")
            #expect(generated.objectValue?.keys == ["sku", "price", "in_stock"])
            #expect(generated != row["original"])
        }
        // Only the renamed file is left: no temporary beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: daemon.directory.path).filter { $0.hasPrefix("rows.json") }
        #expect(left == ["rows.json"])

        let array = daemon.directory.file("examples.json")
        try #"[{"name": "Ann", "age": 31}]"#.write(toFile: array, atomically: true, encoding: .utf8)
        let fromArray = try await doppel(["augment", "--examples", array, "--multiplier", "2", "--seed", "5"], daemon)
        #expect(fromArray.status == 0)
        #expect(try JSONParser.parse(fromArray.stdout).arrayValue?.count == 2)
    }

    @Test func badFlagsExitTwoAndRefusedRequestsExitOne() async throws {
        let daemon = try await TestDaemon.start()
        let missing = try await doppel(["feedback", "--sentiment-mix", "positive", "--count", "3"], daemon)
        #expect(missing.status == 2)
        #expect(missing.stderr == "doppel: --product-type is required (a product type such as mobile_app)\nRun 'doppel feedback --help' for usage.\n")
        let choice = try await doppel(["feedback", "--product-type", "hotel", "--sentiment-mix", "happy", "--count", "3"], daemon)
        #expect(choice.status == 2)
        #expect(choice.stderr.hasPrefix("doppel: --sentiment-mix must be one of balanced, positive, negative, mixed, got 'happy'"))
        let notANumber = try await doppel(["tickets", "--product", "x", "--count", "many"], daemon)
        #expect(notANumber.status == 2 && notANumber.stderr.hasPrefix("doppel: --count expects a whole number, got 'many'"))
        let badMix = try await doppel(["tickets", "--product", "x", "--count", "2", "--priority-mix", "urgent=lots"], daemon)
        #expect(badMix.status == 2 && badMix.stderr.contains("--priority-mix expects typical, balanced or PRIORITY=WEIGHT pairs"))

        let noFile = try await doppel(["augment", "--examples", daemon.directory.file("absent.json")], daemon)
        #expect(noFile.status == 2 && noFile.stderr.contains("absent.json: cannot read it"))
        let badLine = daemon.directory.file("bad.jsonl")
        try "{\"a\": 1}\n[1, 2]\n".write(toFile: badLine, atomically: true, encoding: .utf8)
        let notObject = try await doppel(["augment", "--examples", badLine], daemon)
        #expect(notObject.status == 2 && notObject.stderr.contains("bad.jsonl: line 2 is array, expected an object"))

        let refused = try await doppel(["feedback", "--product-type", "spaceship", "--sentiment-mix", "positive", "--count", "80"], daemon)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("doppel: Invalid request parameters: productType: Must be one of: mobile_app"))
        #expect(refused.stderr.contains("feedbackCount: Must be an integer from 1 to 50 (got 80)"))
        let tooMany = try await doppel(["interviews", "--role", "nurse", "--level", "mid", "--count", "99"], daemon)
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr == "doppel: Invalid params for interviews.generate: count: Must be an integer from 1 to 50 (got 99)\n")
    }
}
