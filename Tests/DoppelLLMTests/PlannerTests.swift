import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing
@testable import DoppelLLM
import DoppelTestSupport
import DoppelProtocol

/// LLM planning against the loopback fixture, with a validator standing in
/// for the engine's: the core decoder's problems plus unresolved references.
@Suite struct PlannerTests {
    static let validator: LLMSchemaPlanner.Validator = { json in
        switch Schema.decode(json) {
        case let .failure(error): return error.problems.map(\.description)
        case let .success(schema):
            var problems: [String] = []
            for e in schema.entities {
                for f in e.fields {
                    if let r = f.references, schema.entity(named: r.entity)?.field(named: r.field) == nil {
                        problems.append("\(e.name).\(f.name): references \(r) which does not exist")
                    }
                }
            }
            return problems
        }
    }

    static let valid = #"""
    {"name": "library", "entities": [
      {"name": "authors", "rows": 20, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "name", "type": "string", "kind": "person.full_name"}]},
      {"name": "books", "rows": 100, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "author_id", "type": "integer", "references": "authors.id"},
        {"name": "title", "type": "string", "kind": "media.title"}]}]}
    """#

    /// References an entity that does not exist.
    static let invalid = #"""
    {"name": "library", "entities": [
      {"name": "books", "rows": 100, "fields": [
        {"name": "id", "type": "integer", "primary_key": true},
        {"name": "author_id", "type": "integer", "references": "authors.id"}]}]}
    """#

    static let draft: JSON = ["name": "draft", "entities": [["name": "books", "rows": 10, "fields": [["name": "id", "type": "integer"]]]]]

    func planner(_ h: Harness, kinds: [String] = ["id.sequence", "person.full_name", "media.title"]) -> LLMSchemaPlanner {
        LLMSchemaPlanner(model: h.service, validator: Self.validator, kinds: kinds)
    }

    @Test func aValidSchemaIsTakenAsIs() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion(Self.valid)])
        let h = Harness(fixture: fixture)
        let outcome = try await planner(h).plan(prompt: "A library with authors and books", draft: Self.draft)
        guard case let .planned(schema, repaired, warnings) = outcome else {
            Issue.record("expected a plan, got \(outcome)")
            return
        }
        #expect(!repaired && warnings.isEmpty)
        #expect(schema == (try JSONParser.parse(Self.valid)))
        #expect(fixture.requestCount == 1)
        let sent = try #require(fixture.requests.first)
        #expect(sent.body?["response_format"] == ["type": "json_object"])
        #expect(sent.body?["temperature"] == 0)
        let system = sent.messages[0].content
        #expect(system.contains("\"$schema\""))
        #expect(system.contains("media.title"))
        #expect(sent.messages[1].content.contains("A library with authors and books"))
        #expect(sent.messages[1].content.contains(Self.draft.serialized()))
    }

    @Test func anInvalidSchemaIsSentBackOnceAndTheRepairUsed() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion(Self.invalid), .completion(Self.valid)])
        let h = Harness(fixture: fixture)
        let outcome = try await planner(h).plan(prompt: "books by authors", draft: nil)
        guard case let .planned(schema, repaired, warnings) = outcome else {
            Issue.record("expected a plan, got \(outcome)")
            return
        }
        #expect(repaired)
        #expect(warnings.count == 1 && warnings[0].contains("repaired"))
        #expect(schema["entities"]?.arrayValue?.count == 2)
        #expect(fixture.requestCount == 2)
        let repair = fixture.requests[1].messages
        #expect(repair.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(repair[2].content == Self.invalid)
        #expect(repair[3].content.contains("books.author_id: references authors.id which does not exist"))
    }

    @Test func garbageTwiceFallsBackWithAWarning() async throws {
        let fixture = try ChatCompletionsFixture(replies: [
            .completion("Sure! Here is a great schema for you: customers, orders."),
            .completion("I apologise, I cannot produce JSON today."),
        ])
        let h = Harness(fixture: fixture)
        let outcome = try await planner(h).plan(prompt: "shop", draft: Self.draft)
        guard case let .fallback(warning) = outcome else {
            Issue.record("expected a fallback, got \(outcome)")
            return
        }
        #expect(warning.contains("built-in planner"))
        #expect(warning.contains("not valid JSON"))
        #expect(fixture.requestCount == 2)
        #expect(fixture.requests[1].messages.last?.content.contains("not valid JSON") == true)
    }

    @Test func fencedOrWrappedJSONIsRecovered() async throws {
        let fenced = "```json\n{\"schema\": \(Self.valid)}\n```"
        let fixture = try ChatCompletionsFixture(replies: [.completion(fenced)])
        let h = Harness(fixture: fixture)
        let outcome = try await planner(h).plan(prompt: "library", draft: nil)
        guard case let .planned(schema, repaired, _) = outcome else {
            Issue.record("expected a plan, got \(outcome)")
            return
        }
        #expect(!repaired)
        #expect(schema["name"] == "library")
    }

    @Test func endpointFailuresFallBackWhenPreferredAndSurfaceWhenRequired() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .error(401, "bad key") }
        let h = Harness(fixture: fixture)
        let preferred = try await planner(h).plan(prompt: "p", draft: nil, use: .preferred)
        guard case let .fallback(warning) = preferred else {
            Issue.record("expected a fallback, got \(preferred)")
            return
        }
        #expect(warning.contains("UNAUTHORIZED"))
        let required = await requestError { _ = try await planner(h).plan(prompt: "p", draft: nil, use: .required) }
        #expect(required?.kind == "UNAUTHORIZED")

        let slow = try ChatCompletionsFixture(replies: [.completion(Self.valid, delay: 10)])
        let timing = Harness(fixture: slow, timeout: 0.2)
        let timedOut = try await planner(timing).plan(prompt: "p", draft: nil, use: .required)
        guard case let .fallback(why) = timedOut else {
            Issue.record("expected a fallback, got \(timedOut)")
            return
        }
        #expect(why.contains("LLM_TIMEOUT"))
    }

    @Test func aRepeatedPromptIsPlannedFromTheCache() async throws {
        let fixture = try ChatCompletionsFixture(replies: [.completion(Self.valid)])
        let h = Harness(fixture: fixture)
        let p = planner(h)
        let a = try await p.plan(prompt: "library", draft: Self.draft)
        let b = try await p.plan(prompt: "library", draft: Self.draft)
        #expect(a == b)
        #expect(fixture.requestCount == 1)
    }

    @Test func plannerModesRoute() throws {
        #expect(try PlannerMode.auto.route(llmConfigured: true) == .model)
        #expect(try PlannerMode.auto.route(llmConfigured: false) == .builtin)
        #expect(try PlannerMode.builtin.route(llmConfigured: true) == .builtin)
        #expect(try PlannerMode.llm.route(llmConfigured: true) == .model)
        #expect(throws: RequestError.self) { try PlannerMode.llm.route(llmConfigured: false) }
        do {
            _ = try PlannerMode.llm.route(llmConfigured: false)
        } catch {
            #expect(error.kind == "LLM_NOT_CONFIGURED" && error.code == 1600)
        }
    }

    @Test func fallbackPolicy() {
        let invalidKey = RequestError.invalidAPIKeyFormat()
        let spent = LLMErrorKind.rateLimitExceeded.error("spent")
        let timeout = LLMErrorKind.timeout.error("slow")
        #expect(LLMUse.preferred.surfaces(invalidKey))
        #expect(!LLMUse.preferred.surfaces(spent))
        #expect(LLMUse.required.surfaces(spent))
        #expect(!LLMUse.required.surfaces(timeout))
    }

    @Test func theFormSchemaNamesEveryTypeAndTheGivenKinds() {
        let schema = SchemaFormJSONSchema.make(kinds: ["a.b", "c.d"])
        let field = schema["properties"]?["entities"]?["items"]?["properties"]?["fields"]?["items"]?["properties"]
        #expect(field?["type"]?["enum"]?.arrayValue?.count == FieldType.allCases.count)
        #expect(field?["kind"]?["enum"] == ["a.b", "c.d"])
        #expect(SchemaFormJSONSchema.make()["properties"]?["entities"]?["items"]?["properties"]?["fields"]?["items"]?["properties"]?["kind"]?["enum"] == nil)
    }
}
