import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelProtocol

@Suite struct SynthDataTests {
    static let orders = #"""
    {"model_id": "any-model", "multiplier": 3, "prompt": "reviews from customers of an online store", "seed": 5,
     "examples": [
      {"order_id": "ORD-1042", "customer": {"name": "Maria Lopez", "email": "maria@shop.com", "phone": "+1 (415) 555-0132"},
       "rating": 5, "status": "delivered", "total": 49.99, "placed_at": "2024-03-02T10:15:00Z", "ship_date": "2024-03-04",
       "review": "Fast delivery and the jumper fits perfectly. Will order again.", "tags": ["clothing", "gift"],
       "verified": true, "tracking": "3f2b8c1e-9a4d-4e7f-8b1a-2c3d4e5f6a7b", "url": "https://shop.com/orders/1042"},
      {"order_id": "ORD-2231", "customer": {"name": "Tom Becker", "email": "tom.b@mail.com", "phone": "+1 (212) 555-0190"},
       "rating": 2, "status": "returned", "total": 120.5, "placed_at": "2024-04-11T18:40:00Z", "ship_date": "2024-04-15",
       "review": "The lamp arrived cracked and the refund took three weeks.", "tags": ["home"],
       "verified": false, "tracking": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "url": "https://shop.com/orders/2231"},
      {"order_id": "ORD-3310", "customer": {"name": "Aisha Khan", "email": "aisha.k@shop.com", "phone": "+1 (312) 555-0144"},
       "rating": 4, "status": "delivered", "total": 15, "placed_at": "2024-05-20T08:05:00Z", "ship_date": "2024-05-21",
       "review": "Good price for a kettle, though the box was battered on arrival.", "tags": ["kitchen"],
       "verified": true, "tracking": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "url": "https://shop.com/orders/3310"}
     ]}
    """#

    func makePlan(_ text: String = orders) throws -> SynthesisPlan { try SynthDataGenerator.plan(params: JSONParser.parse(text)) }

    @Test func responseIsExamplesTimesMultiplierRowsOfTheHostedShape() throws {
        let rows = try #require(SynthDataGenerator.generate(params: JSONParser.parse(Self.orders)).arrayValue)
        #expect(rows.count == 9)
        let examples = try #require(JSONParser.parse(Self.orders)["examples"]?.arrayValue)
        for (i, row) in rows.enumerated() {
            #expect(row.objectValue?.keys == ["original", "generated"])
            #expect(row["original"] == examples[i / 3])
            let text = try #require(row["generated"]?.stringValue)
            let generated = try JSONParser.parse(text)
            #expect(generated.objectValue != nil)
        }
    }

    @Test func generatedRowsKeepKeysNestingAndKinds() throws {
        let plan = try makePlan()
        for row in plan.rows() {
            let g = row.generated
            #expect(plan.problems(in: g) == [], "\(g.serialized())")
            #expect(g.objectValue?.keys == row.original.objectValue?.keys)
            #expect(g["customer"]?.objectValue?.keys == ["name", "email", "phone"])
            let id = try #require(g["order_id"]?.stringValue)
            #expect(id.hasPrefix("ORD-") && id.count == 8 && id.dropFirst(4).allSatisfy(\.isNumber), "\(id)")
            #expect(StringPattern.isEmail(g["customer"]?["email"]?.stringValue ?? ""))
            #expect(g["customer"]?["phone"]?.stringValue?.hasPrefix("+1 (") == true)
            #expect(["delivered", "returned"].contains(g["status"]?.stringValue ?? ""))
            #expect(g["rating"]?.intValue != nil)
            #expect(g["total"]?.doubleValue != nil)
            #expect(StringPattern.datetime(g["placed_at"]?.stringValue ?? "") != nil)
            #expect(StringPattern.day(g["ship_date"]?.stringValue ?? "") != nil)
            #expect(StringPattern.isUUID(g["tracking"]?.stringValue ?? ""))
            #expect(g["url"]?.stringValue?.hasPrefix("https://shop.com/") == true)
            #expect(g["verified"]?.boolValue != nil)
            #expect(g["tags"]?.arrayValue?.allSatisfy { ["clothing", "gift", "home", "kitchen"].contains($0.stringValue ?? "") } == true)
            let review = try #require(g["review"]?.stringValue)
            #expect(TextTokens.words(review).count >= 4)
        }
    }

    @Test func shapeInferenceRecognisesPatternsEnumsAndRanges() throws {
        guard case .object(let members) = try makePlan().shape else { Issue.record("not an object"); return }
        func shape(_ key: String) -> SynthShape? { members.first { $0.key == key }?.shape }
        #expect(shape("order_id") == .string(.code(template: "\\O\\R\\D\\-####")))
        #expect(shape("status") == .choice(["delivered", "returned"], weights: [2, 1]))
        #expect(shape("rating") == .integer(2...5, isIdentifier: false))
        #expect(shape("total") == .decimal(min: 15, max: 120.5, places: 2))
        #expect(shape("ship_date").map { if case .string(.date) = $0 { return true } else { return false } } == true)
        #expect(shape("review").map { if case .string(.text) = $0 { return true } else { return false } } == true)
        if case .array(let element, let counts)? = shape("tags") {
            #expect(counts == 1...2)
            if case .choice = element {} else { Issue.record("tags elements should be a choice") }
        } else {
            Issue.record("tags should be an array")
        }
    }

    @Test func rowsAreNeverCopiesEvenOfTinyExamples() throws {
        let tiny = #"{"multiplier": 20, "seed": 1, "examples": [{"active": true, "plan": "pro"}, {"active": false, "plan": "free"}]}"#
        let plan = try makePlan(tiny)
        let rows = plan.rows()
        #expect(rows.count == 40)
        for row in rows {
            #expect(!plan.isCopy(row.generated), "\(row.generated.serialized())")
            #expect(row.generated != row.original)
        }
        let single = try makePlan(#"{"multiplier": 5, "examples": [{"status": "ok"}]}"#)
        for row in single.rows() { #expect(!single.isCopy(row.generated)) }
    }

    @Test func rowMoodComesFromItsRatingOrSentiment() {
        let stars = SynthShape.integer(1...5, isIdentifier: false)
        #expect(SynthRowWriter.sentiment(of: 5, key: "rating", shape: stars) == .positive)
        #expect(SynthRowWriter.sentiment(of: 3, key: "rating", shape: stars) == .neutral)
        #expect(SynthRowWriter.sentiment(of: 1, key: "rating", shape: stars) == .negative)
        #expect(SynthRowWriter.sentiment(of: 9, key: "score", shape: .integer(0...10, isIdentifier: false)) == .positive)
        #expect(SynthRowWriter.sentiment(of: "Negative", key: "sentiment", shape: .choice([], weights: [])) == .negative)
        #expect(SynthRowWriter.isMoodKey("review_rating") && SynthRowWriter.isMoodKey("stars") && !SynthRowWriter.isMoodKey("price"))
    }

    @Test func conversationsKeepTheirShapeAndScenario() throws {
        let text = #"""
        {"multiplier": 4, "prompt": "customer support chats about billing problems for a SaaS tool", "seed": 3,
         "examples": [
          {"conv_prefix": [{"role": "user", "content": "I was charged twice this month."},
                           {"role": "assistant", "content": "Sorry! Can you share the invoice number?"},
                           {"role": "user", "content": "INV-2231."}],
           "response": {"role": "assistant", "content": "Thanks, I've refunded the duplicate charge."}}]}
        """#
        let plan = try makePlan(text)
        guard case .object(let members) = plan.shape, case .turns(let turns)? = members.first?.shape else {
            Issue.record("conv_prefix should be turns"); return
        }
        #expect(turns.roles == ["user", "assistant"] && turns.userFirst && turns.counts == 3...3)
        for row in plan.rows() {
            let prefix = try #require(row.generated["conv_prefix"]?.arrayValue)
            #expect(prefix.map { $0["role"]?.stringValue ?? "" } == ["user", "assistant", "user"])
            #expect(row.generated["response"]?["role"] == "assistant")
            let all = (prefix.compactMap { $0["content"]?.stringValue } + [row.generated["response"]?["content"]?.stringValue ?? ""])
                .joined(separator: " ").lowercased()
            #expect(["charge", "invoice", "bill", "plan"].contains { all.contains($0) }, "\(all)")
            #expect(plan.problems(in: row.generated) == [])
        }
    }

    @Test func sameSeedSameRowsOtherSeedOtherRows() throws {
        let a = try SynthDataGenerator.generate(params: JSONParser.parse(Self.orders))
        let b = try SynthDataGenerator.generate(params: JSONParser.parse(Self.orders))
        var other = try JSONParser.parse(Self.orders)
        other["seed"] = 6
        let c = try SynthDataGenerator.generate(params: other)
        #expect(a.serialized() == b.serialized())
        #expect(a.serialized() != c.serialized())
        // rows stand alone: row 7 is the same whether or not rows before it were made
        let plan = try makePlan()
        #expect(plan.row(at: 7) == plan.rows()[7])
    }

    @Test func checkerNamesProblemsAndRepairFixesThem() throws {
        let plan = try makePlan()
        let bad: JSON = ["order_id": "12", "customer": ["name": "X Y", "email": "nope"], "rating": "4", "status": "lost",
                         "surprise": 1]
        let problems = plan.problems(in: bad)
        #expect(problems.contains { $0.hasPrefix("$.order_id: expected a code like ORD-####") })
        #expect(problems.contains("$.customer.phone: missing"))
        #expect(problems.contains { $0.hasPrefix("$.customer.email: expected an email address") })
        #expect(problems.contains { $0.hasPrefix("$.status: expected one of \"delivered\", \"returned\"") })
        #expect(problems.contains("$.surprise: not a member of the examples"))
        #expect(problems.contains("$.review: missing"))
        let fixed = plan.repaired(bad, at: 0)
        #expect(plan.problems(in: fixed) == [])
        #expect(fixed["rating"] == 4)  // coerced, not replaced
        #expect(fixed["customer"]?["name"] == "X Y")  // good members are kept
        let accepted = plan.accept(bad, at: 2)
        #expect(plan.problems(in: accepted.generated) == [])
        let good = plan.row(at: 1).generated
        #expect(plan.accept(good, at: 5).generated == good)
    }

    @Test(arguments: [
        (#"{"multiplier": 2}"#, "examples"),
        (#"{"examples": []}"#, "examples"),
        (#"{"examples": [1, {"a": 1}]}"#, "examples[0]"),
        (#"{"examples": [{}]}"#, "examples[0]"),
        (#"{"examples": [{"a": 1}], "multiplier": 0}"#, "multiplier"),
        (#"{"examples": [{"a": 1}], "multiplier": 101}"#, "multiplier"),
        (#"{"examples": [{"a": 1}], "prompt": 3}"#, "prompt"),
        (#"{"examples": [{"a": 1}], "model_id": false}"#, "model_id"),
        (#"{"examples": {"a": 1}}"#, "examples"),
    ])
    func badParamsNameTheirField(params: String, field: String) throws {
        do {
            _ = try SynthDataGenerator.generate(params: JSONParser.parse(params))
            Issue.record("expected an error for \(params)")
        } catch let e as RequestError {
            #expect(e.code == -32602)
            #expect(e.data["details"]?[field] != nil, "\(e.data.serialized())")
        }
    }

    @Test func tooManyRowsIsRefused() throws {
        let examples = JSON.array((0..<200).map { JSON.object(JSONObject([("n", JSON.int($0))])) })
        do {
            _ = try SynthDataGenerator.plan(params: ["examples": examples, "multiplier": 51])
            Issue.record("expected an error")
        } catch let e as RequestError {
            #expect(e.data["details"]?["multiplier"]?.stringValue?.contains("10000") == true)
        }
    }

    @Test func oddExamplesStillGiveRowsThatFitTheirShape() throws {
        let text = #"""
        {"multiplier": 3, "seed": 2, "examples": [
          {"big": -9223372036854775808, "top": 9223372036854775807, "grid": [[1, 2], [3]], "mixed": 1, "maybe": null,
           "empty": [], "note": "Ünïcödé café ☕ with several words here", "when": "2024-02-29 23:59:59", "t": "09:30",
           "ratio": 0.125, "nested": {"deeper": {"deepest": [{"k": "A-1"}]}}},
          {"big": 0, "top": 5, "grid": [], "mixed": "one", "maybe": 2.5, "empty": [],
           "note": "Short", "when": "2023-12-31 00:00:00", "t": "17:45", "ratio": 1, "nested": {"deeper": {"deepest": []}}}]}
        """#
        let plan = try makePlan(text)
        let rows = plan.rows()
        #expect(rows.count == 6)
        for row in rows {
            #expect(!plan.isCopy(row.generated))
            #expect(row.generated.objectValue?.keys.contains("nested") == true)
            #expect(row.generated["nested"]?["deeper"]?["deepest"]?.arrayValue != nil)
            let parsed = try JSONParser.parse(try #require(row.json["generated"]?.stringValue))
            #expect(parsed == row.generated)
        }
    }
}
