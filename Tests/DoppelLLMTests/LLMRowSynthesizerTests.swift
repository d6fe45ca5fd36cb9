import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM

/// synth_data rows from a model: few-shot prompt, shape check, one repair, built-in for the rest.
@Suite struct LLMRowSynthesizerTests {
    static let examples: JSON = [
        ["order_id": "ORD-1042", "email": "ann@example.com", "total": 12.5, "status": "shipped"],
        ["order_id": "ORD-1077", "email": "bo@example.com", "total": 80.25, "status": "pending"],
    ]

    static func plan(multiplier: Int = 2, prompt: String = "orders of a bakery") throws -> SynthesisPlan {
        try SynthDataGenerator.plan(params: ["examples": examples, "multiplier": .int(Int64(multiplier)), "prompt": .string(prompt)],
                                    defaultSeed: 0)
    }

    static func rows(_ list: [JSON]) -> String { JSON.object(JSONObject([("rows", .array(list))])).serialized() }

    static let good: [JSON] = [
        ["order_id": "ORD-2001", "email": "cy@example.com", "total": 20.0, "status": "shipped"],
        ["order_id": "ORD-2002", "email": "di@example.com", "total": 31.5, "status": "pending"],
        ["order_id": "ORD-2003", "email": "ed@example.com", "total": 44.75, "status": "shipped"],
        ["order_id": "ORD-2004", "email": "fa@example.com", "total": 15.25, "status": "pending"],
    ]

    @Test func thePromptFewShotsTheExamplesAndNamesEachRowsExample() throws {
        let text = LLMRowSynthesizer.prompt(try Self.plan(multiplier: 3), rows: 0..<6)
        #expect(text.hasPrefix("What the data is about: orders of a bakery"))
        #expect(text.contains("Example 1: {\"order_id\":\"ORD-1042\""))
        #expect(text.contains("Example 2: {\"order_id\":\"ORD-1077\""))
        #expect(text.hasSuffix("Write 6 new rows:\n- rows 1–3 vary example 1\n- rows 4–6 vary example 2"))
    }

    @Test func rowsOffTheShapeAreSentBackOnceThenAccepted() async throws {
        var bad = Self.good
        bad[1] = ["order_id": "ORD-2002", "email": "not an email", "total": "lots", "status": "pending"]
        bad[2] = Self.examples[0] ?? .null  // a copy
        let first = Self.rows(bad), second = Self.rows(Self.good)
        let model = RespondingModel { _, n in n == 0 ? first : second }
        let plan = try Self.plan()
        let synthesizer = LLMRowSynthesizer(model: model, modelName: "my-model")
        let candidates = try await synthesizer.candidates(plan, rows: 0..<4, batch: 0)
        #expect(model.requests.count == 2)
        #expect(model.requests[0].model == "my-model")
        let repair = model.requests[1].messages.last?.content ?? ""
        #expect(repair.contains("rows[1].email"))
        #expect(repair.contains("rows[1].total"))
        #expect(repair.contains("rows[2]: copies an example"))
        let rows = (0..<4).map { plan.accept(candidates[$0], at: $0) }
        #expect(rows.map(\.generated) == Self.good)
        #expect(rows.map(\.original) == [Self.examples[0], Self.examples[0], Self.examples[1], Self.examples[1]].compactMap { $0 })
    }

    @Test func whatStaysWrongIsRepairedOrBuiltIn() async throws {
        var bad = Self.good
        bad[0] = ["order_id": "ORD-2001", "email": "cy@example.com", "total": "20.5", "status": "shipped"]  // a number as text
        bad[3] = "not a row"
        let answer = Self.rows(Array(bad.prefix(4)))
        let model = RespondingModel { _, _ in answer }
        let warnings = WarningLog()
        let plan = try Self.plan()
        let candidates = try await LLMRowSynthesizer(model: model, warn: warnings.sink).candidates(plan, rows: 0..<4, batch: 0)
        let rows = (0..<4).map { plan.accept(candidates[$0], at: $0) }
        #expect(rows[0].generated["total"] == 20.5)  // coerced by the plan's repair
        #expect(rows[1].generated == Self.good[1])
        #expect(rows[3].generated.objectValue != nil && !plan.isCopy(rows[3].generated))  // not a row: written afresh
        for row in rows { #expect(plan.problems(in: row.generated).isEmpty) }
        #expect(warnings.all.first?.contains("after one repair") == true)
    }

    @Test func aFailingModelGivesBuiltInRowsUnlessItMustBeUsed() async throws {
        let model = RespondingModel { _, _ in throw LLMErrorKind.rateLimitExceeded.error("spent", extra: JSONObject([("retryAfter", 60)])) }
        let plan = try Self.plan()
        let candidates = try await LLMRowSynthesizer(model: model, use: .preferred).candidates(plan, rows: 0..<2, batch: 0)
        #expect(candidates == [nil, nil])
        let error = await requestError {
            _ = try await LLMRowSynthesizer(model: model, use: .required).candidates(plan, rows: 0..<2, batch: 0)
        }
        #expect(error?.kind == "RATE_LIMIT_EXCEEDED" && error?.extra["retryAfter"] == 60)
    }
}
