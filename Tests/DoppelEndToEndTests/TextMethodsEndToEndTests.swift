import DoppelJSON
import DoppelProtocol
import Foundation
import Testing

/// The text methods on the real daemon over a real socket, offline (no model
/// configured): contracts, validation errors, streaming and determinism.
@Suite struct TextMethodsEndToEndTests {
    /// Each test starts its own daemon (waits happen off the shared pool: see `offPool`).
    func daemon() async throws -> TestDaemon { try await TestDaemon.start() }

    func result(_ method: String, _ params: JSON, on client: RawClient) async throws -> JSON {
        let reply = try await client.callAsync(method, params: params)
        return try #require(reply["result"], "\(method): \(reply.serialized())")
    }

    func error(_ method: String, _ params: JSON, on client: RawClient) async throws -> JSON {
        let reply = try await client.callAsync(method, params: params)
        return try #require(reply["error"], "\(method) succeeded: \(reply.serialized())")
    }

    @Test func feedbackContract() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let r = try await result("feedback.generate", ["productType": "mobile_app", "sentimentMix": "positive", "feedbackCount": 10,
                                                 "complexityLevel": "simple", "seed": 3], on: client)
        #expect(r.objectValue?.keys == ["success", "data"])
        #expect(r["success"] == true)
        let data = try #require(r["data"]?.arrayValue)
        #expect(data.count == 10)
        for (i, item) in data.enumerated() {
            #expect(item.objectValue?.keys == ["id", "rating", "title", "content", "sentiment", "timestamp"])
            #expect(item["id"]?.stringValue == "feedback_\(i + 1)")
            let rating = try #require(item["rating"]?.intValue)
            switch item["sentiment"]?.stringValue {
            case "positive": #expect((4...5).contains(rating))
            case "neutral": #expect(rating == 3)
            case "negative": #expect((1...2).contains(rating))
            default: Issue.record("sentiment \(String(describing: item["sentiment"]))")
            }
            #expect(item["timestamp"]?.stringValue?.range(of: #"^2024-\d\d-\d\dT\d\d:\d\d:00Z$"#, options: .regularExpression) != nil)
        }
        // positive mix of 10: 7 positive, 2 neutral, 1 negative, exactly
        let sentiments = data.compactMap { $0["sentiment"]?.stringValue }
        #expect(sentiments.filter { $0 == "positive" }.count == 7)
        #expect(sentiments.filter { $0 == "neutral" }.count == 2)
        #expect(sentiments.filter { $0 == "negative" }.count == 1)
        #expect(Set(data.compactMap { $0["title"]?.stringValue }).count == 10)
        #expect(Set(data.compactMap { $0["content"]?.stringValue }).count == 10)
    }

    @Test func feedbackErrorsAreTheHostedBody() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let e = try await error("feedback.generate", ["productType": "spaceship", "sentimentMix": "positive", "feedbackCount": 80], on: client)
        #expect(e["code"] == -32602)
        #expect(e["data"] == [
            "kind": "INVALID_PARAMETERS", "success": false, "error": "Invalid request parameters", "code": "INVALID_PARAMETERS",
            "details": [
                "productType": "Must be one of: mobile_app, web_app, ecommerce, saas, game, hardware, restaurant, hotel, airline, bank, healthcare, education, streaming, car_rental, food_delivery, fitness, telecom, insurance (got \"spaceship\")",
                "feedbackCount": "Must be an integer from 1 to 50 (got 80)",
            ],
        ])
        let missing = try await error("feedback.generate", ["productType": "hotel", "text_source": "robot", "api_key": 5], on: client)
        #expect(missing["data"]?["details"] == [
            "sentimentMix": "Required. Must be one of: balanced, positive, negative, mixed",
            "feedbackCount": "Required: an integer from 1 to 50",
            "api_key": "Must be a string (got integer)",
            "text_source": "Must be one of: auto, llm, builtin (got \"robot\")",
        ])
    }

    @Test func ticketsContractAndErrors() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let r = try await result("tickets.generate", ["product": "Acme Banking App", "count": 8, "priorityMix": ["urgent": 1, "low": 1],
                                                "channels": ["chat", "email"], "seed": 9], on: client)
        let tickets = try #require(r.arrayValue)
        #expect(tickets.count == 8)
        let keys = ["id", "subject", "body", "priority", "category", "status", "channel", "customer_name", "customer_email",
                    "created_at", "first_response_at", "resolved_at"]
        for t in tickets {
            #expect(t.objectValue?.keys == keys)
            #expect(["chat", "email"].contains(t["channel"]?.stringValue ?? ""))
            let created = t["created_at"]?.stringValue ?? ""
            if let first = t["first_response_at"]?.stringValue { #expect(created <= first) }
            if let resolved = t["resolved_at"]?.stringValue { #expect((t["first_response_at"]?.stringValue ?? "") <= resolved) }
        }
        #expect(tickets.filter { $0["priority"] == "urgent" }.count == 4)
        #expect(tickets.filter { $0["priority"] == "low" }.count == 4)
        let e = try await error("tickets.generate", ["product": "", "count": 500, "channels": ["fax"]], on: client)
        #expect(e["code"] == -32602)
        #expect(e["data"]?["kind"] == "INVALID_PARAMS")
        #expect(e["data"]?["details"] == [
            "product": "Must not be empty",
            "count": "Must be an integer from 1 to 200 (got 500)",
            "channels[0]": "Must be one of: email, chat, phone, web, social (got \"fax\")",
        ])
        #expect(e["message"]?.stringValue?.hasPrefix("Invalid params for tickets.generate: product: Must not be empty") == true)
    }

    @Test func interviewsContractAndErrors() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let r = try await result("interviews.generate", ["role": "Senior Backend Engineer", "level": "senior", "count": 10], on: client)
        let questions = try #require(r.arrayValue)
        #expect(questions.count == 10)
        for q in questions {
            #expect(q.objectValue?.keys == ["id", "role", "level", "type", "difficulty", "question", "ideal_answer", "rubric"])
            #expect(["easy", "medium", "hard"].contains(q["difficulty"]?.stringValue ?? ""))
            #expect((q["rubric"]?.arrayValue?.count ?? 0) >= 2)
        }
        // mixed: 5 technical, 3 behavioral, 2 situational
        #expect(questions.filter { $0["type"] == "technical" }.count == 5)
        #expect(Set(questions.compactMap { $0["question"]?.stringValue }).count == 10)
        let e = try await error("interviews.generate", ["role": "nurse", "level": "wizard", "count": 0, "cout": 3], on: client)
        #expect(e["data"]?["details"] == [
            "cout": "Unknown parameter; did you mean \"count\"?",
            "level": "Must be one of: junior, mid, senior, lead (got \"wizard\")",
            "count": "Must be an integer from 1 to 50 (got 0)",
        ])
        #expect(e["data"]?["suggestions"] == ["rename \"cout\" to \"count\""])
    }

    @Test func conversationsContractAndErrors() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let r = try await result("conversations.generate", ["prompt": "customer service chats about billing problems", "count": 3, "turns": 2], on: client)
        let rows = try #require(r.arrayValue)
        #expect(rows.count == 3)
        for row in rows {
            #expect(row.objectValue?.keys == ["conv_prefix", "response"])
            let prefix = try #require(row["conv_prefix"]?.arrayValue)
            #expect(prefix.map { $0["role"]?.stringValue ?? "" } == ["user", "assistant", "user"])
            #expect(row["response"]?["role"] == "assistant")
            let reply = row["response"]?["content"]?.stringValue ?? ""
            #expect(!reply.isEmpty)
        }
        let e = try await error("conversations.generate", ["prompt": "x", "count": 3], on: client)
        #expect(e["data"]?["details"] == ["turns": "Required: an integer from 1 to 10"])
    }

    @Test func synthDataContractStreamsEachRow() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let examples: JSON = [
            ["order_id": "ORD-1042", "customer": ["name": "Ann Lee", "email": "ann.lee@example.com"], "total": 12.5,
             "status": "shipped", "items": [["sku": "AB-12", "qty": 2]]],
            ["order_id": "ORD-1077", "customer": ["name": "Bo Chan", "email": "bo.chan@example.com"], "total": 80.25,
             "status": "pending", "items": [["sku": "CD-34", "qty": 1], ["sku": "EF-56", "qty": 3]]],
        ]
        try client.send(["jsonrpc": "2.0", "id": 7, "method": "synth_data.generate",
                         "params": ["examples": examples, "multiplier": 3, "prompt": "orders", "model_id": "ignored", "stream": true]])
        let (reply, notifications) = try await client.responseAsync(id: 7)
        let rows = try #require(reply["result"]?.arrayValue)
        #expect(rows.count == 6)
        let chunks = notifications.filter { $0["method"] == "$/chunk" }
        #expect(chunks.map { $0["params"]?["seq"]?.intValue } == Array(0..<6))
        #expect(chunks.flatMap { $0["params"]?["items"]?.arrayValue ?? [] } == rows)
        for (i, row) in rows.enumerated() {
            #expect(row.objectValue?.keys == ["original", "generated"])
            #expect(row["original"] == examples[i / 3])
            let generated = try JSONParser.parse(try #require(row["generated"]?.stringValue))
            #expect(generated.objectValue?.keys == ["order_id", "customer", "total", "status", "items"])
            #expect(generated["customer"]?.objectValue?.keys == ["name", "email"])
            #expect(generated["order_id"]?.stringValue?.range(of: #"^ORD-\d{4}$"#, options: .regularExpression) != nil)
            #expect(generated != examples[0] && generated != examples[1])
        }
        let e = try await error("synth_data.generate", ["examples": [], "multiplier": 500], on: client)
        #expect(e["data"]?["details"] == [
            "examples": "Must contain at least one example object",
            "multiplier": "Must be an integer from 1 to 100 (got 500)",
        ])
    }

    @Test func sameSeedSameBytesAndNoSeedDrawsAFreshOne() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let params: JSON = ["productType": "hotel", "sentimentMix": "mixed", "feedbackCount": 5, "complexityLevel": "complex"]
        let unseeded = try await result("feedback.generate", params, on: client)
        let zero = try await result("feedback.generate", params.merging(JSONObject([("seed", 0)])), on: client)
        let seven = try await result("feedback.generate", params.merging(JSONObject([("seed", 7)])), on: client)
        let sevenAgain = try await result("feedback.generate", params.merging(JSONObject([("seed", 7)])), on: try await daemon.connectAsync())
        // Without a seed each call draws its own (FreshSeedEndToEndTests checks it is announced and reproduces).
        #expect(unseeded.serialized() != zero.serialized())
        #expect(seven.serialized() == sevenAgain.serialized())
        #expect(seven != zero)
        let synth: JSON = ["examples": [["a": 1, "b": "x"], ["a": 5, "b": "y"]], "multiplier": 4, "seed": 11]
        let synthOnce = try await result("synth_data.generate", synth, on: client)
        #expect(try await result("synth_data.generate", synth, on: client) == synthOnce)
        let conv: JSON = ["prompt": "refund for a late delivery", "count": 2, "turns": 3, "seed": 2]
        let convOnce = try await result("conversations.generate", conv, on: client)
        #expect(try await result("conversations.generate", conv, on: client) == convOnce)
    }

    @Test func aMalformedKeyForOpenAIIsRefusedEvenOffline() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        // No model is configured; the default endpoint is OpenAI's, whose keys start with "sk-".
        let e = try await error("tickets.generate", ["product": "Acme", "count": 1, "api_key": "not-a-key", "text_source": "builtin"], on: client)
        #expect(e["code"] == 1601)
        #expect(e["data"] == ["kind": "INVALID_API_KEY", "error": "Invalid API key format", "detail": "API key must start with 'sk-'"])
        #expect(e["message"]?.stringValue?.contains("not-a-key") == false)
        let ok = try await result("tickets.generate", ["product": "Acme", "count": 1, "api_key": "sk-anything"], on: client)
        #expect(ok.arrayValue?.count == 1)
        let noModel = try await error("feedback.generate", ["productType": "hotel", "sentimentMix": "positive", "feedbackCount": 1,
                                                      "text_source": "llm"], on: client)
        #expect(noModel["code"] == 1600 && noModel["data"]?["kind"] == "LLM_NOT_CONFIGURED")
    }
}

extension JSON {
    /// This object with `other`'s members added or replaced.
    func merging(_ other: JSONObject) -> JSON {
        var o = objectValue ?? JSONObject()
        for (k, v) in other { o[k] = v }
        return .object(o)
    }
}

extension TextMethodsEndToEndTests {
    @Test func aCancelledSynthesisIsAnsweredAtOnceAndTheDaemonServesOn() async throws {
        let daemon = try await daemon()
        let client = try await daemon.connectAsync()
        let examples = JSON.array((0..<100).map { i in
            ["id": .int(Int64(i)), "email": .string("user\(i)@example.com"), "review": "Solid build and a fair price for what you get.",
             "total": .double(12.5 + Double(i))]
        })
        // Request and cancel in one write: the cancel arrives while the first of 10,000 rows are being made.
        let request: JSON = ["jsonrpc": "2.0", "id": 1, "method": "synth_data.generate",
                             "params": ["examples": examples, "multiplier": 100]]
        let cancel: JSON = ["jsonrpc": "2.0", "method": "$/cancel", "params": ["id": 1]]
        try client.sendRaw(FrameEncoder.frame(request.serializedBytes()) + FrameEncoder.frame(cancel.serializedBytes()))
        let reply = try await client.responseAsync(id: 1).response
        #expect(reply["error"]?["code"] == -32800)
        #expect(try await client.callAsync("ping", id: 2)["result"] == ["pong": true])
        #expect(await eventuallyAsync(within: 30) {
            let status = try? await client.callAsync("status", id: 3)["result"]
            return status?["methods"]?["synth_data.generate"]?["cancelled"] == 1 && status?["workers"]?["busy"] == 0
        })
    }
}
