import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM
import DoppelPOSIX
import DoppelTestSupport
import Foundation
import Testing
@testable import DoppelServer
import DoppelProtocol

/// Free-text pools against the loopback chat-completions fixture: which
/// fields get one, their size, the caches, the routes, and the seam into the engine.
@Suite struct TextPoolServiceTests {
    static let log = Logger(destination: FileDescriptor(rawValue: -1))

    static let schema = try! Schema.decode(text: #"""
    {"name": "shop", "seed": 3, "entities": [
      {"name": "customers", "rows": 8, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "bio", "type": "text", "kind": "text.bio"},
        {"name": "email", "type": "string", "kind": "internet.email"}]},
      {"name": "reviews", "rows": 300, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "customer_id", "type": "integer", "references": "customers.id"},
        {"name": "body", "type": "text", "kind": "text.review"},
        {"name": "headline", "type": "string", "kind": "text.title"},
        {"name": "stars", "type": "integer", "kind": "commerce.rating"}]}]}
    """#).get()

    /// Writes as many texts as a pool request asks for, naming the column and the batch.
    static func answer(_ request: ChatCompletionsFixture.Recorded) -> ChatCompletionsFixture.Reply {
        let user = request.messages.last?.content ?? ""
        let column = user.split(separator: "\n").first { $0.hasPrefix("Column: ") }.map { String($0.dropFirst(8)) } ?? "?"
        let want = user.range(of: #"Write \d+ distinct"#, options: .regularExpression)
            .flatMap { Int(user[$0].split(separator: " ")[1]) } ?? 0
        let seed = request.body?["seed"]?.intValue ?? -1
        let texts = (0..<want).map { JSON.string("MODEL \(column) text \($0) of batch \(seed)") }
        return .completion(JSON.object(JSONObject([("texts", .array(texts))])).serialized())
    }

    func backend(_ fixture: ChatCompletionsFixture, poolSize: Int = 30) -> LLMBackend {
        var configuration = LLMConfiguration(baseURL: fixture.baseURL, model: "fixture-model", cacheMode: .memory, textPoolSize: poolSize)
        configuration.retry = RetryPolicy(maxRetries: 0)
        return LLMBackend(configuration: configuration, log: Self.log)
    }

    @Test func freeTextFieldsGetBoundedPoolsOnceAndRowsDrawFromThem() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in Self.answer(request) }
        let service = TextPoolService(llm: backend(fixture))
        let params = Params(["prompt": "a shop with customers and reviews"])
        let result = try await service.pools(for: Self.schema, params: params)
        // bio (capped at the 8 customers) and body; not the title, nor the other kinds. The body
        // follows its row's stars: a third of the pool for each mood.
        let moods = ["negative", "mixed", "positive"].map { ResolveOptions.poolKey(entity: "reviews", field: "body", mood: $0) }
        #expect(result.pools.keys.sorted() == (["customers.bio"] + moods).sorted())
        #expect(result.pools["customers.bio"]?.count == 8 && moods.allSatisfy { result.pools[$0]?.count == 10 })
        #expect(result.warnings.isEmpty)
        // One request for bio, one per mood for body; each says what the rows are.
        #expect(fixture.requestCount == 4)
        #expect(fixture.requests.allSatisfy { $0.messages.last?.content.contains("Dataset: a shop with customers and reviews") == true })
        let prompts = fixture.requests.compactMap { $0.messages.last?.content }.filter { $0.contains("Column: body") }
        #expect(prompts.count == 3 && prompts.allSatisfy { $0.contains("Each value is the body of a review, one per row. The row's other columns: id, customer_id, headline, stars.") })
        #expect(prompts.contains { $0.contains("rows rated 1–2 of 5: clearly negative") })
        #expect(prompts.contains { $0.contains("rows rated 4–5 of 5: clearly positive") })

        // Asked again (another dataset from the same schema): the response cache answers.
        #expect(try await service.pools(for: Self.schema, params: params) == result)
        #expect(fixture.requestCount == 4)

        // Through the engine: every body is a text of its row's mood, the same seed gives the same rows.
        let plan = try Self.schema.resolve(ResolveOptions(textPools: result.pools)).get()
        let generator = DatasetGenerator(plan: plan)
        let entity = try #require(plan.entity(named: "reviews"))
        let block = try #require(generator.block(of: "reviews", rows: 0..<entity.rows))
        let column = try #require(entity.column(named: "body")), stars = try #require(entity.column(named: "stars"))
        for row in 0..<block.rowCount {
            let star = try #require(block.text(row: row, column: stars).flatMap { Int($0) })
            let mood = star >= 4 ? moods[2] : star <= 2 ? moods[0] : moods[1]
            #expect(result.pools[mood]?.contains(block.text(row: row, column: column) ?? "") == true, "row \(row), \(star) stars")
        }
    }

    @Test func builtinOrNoModelCallsNothing() async throws {
        let fixture = try ChatCompletionsFixture { request, _ in Self.answer(request) }
        let builtin = try await TextPoolService(llm: backend(fixture)).pools(for: Self.schema, params: Params(["text_source": "builtin"]))
        #expect(builtin == TextPools())
        let offline = TextPoolService(llm: LLMBackend(configuration: LLMConfiguration(), log: Self.log))
        #expect(try await offline.pools(for: Self.schema, params: Params(nil)) == TextPools())
        #expect(fixture.requestCount == 0)
        do {
            _ = try await offline.pools(for: Self.schema, params: Params(["text_source": "llm"]))
            Issue.record("text_source llm without a model made pools")
        } catch let error as RequestError {
            #expect(error.kind == "LLM_NOT_CONFIGURED")
        }
    }

    @Test func failuresFallBackWithAWarningUnlessTheModelIsRequired() async throws {
        let fixture = try ChatCompletionsFixture { _, _ in .error(401, "no") }
        let service = TextPoolService(llm: backend(fixture, poolSize: 5))
        let auto = try await service.pools(for: Self.schema, params: Params(nil))
        #expect(auto.pools.isEmpty)
        #expect(auto.warnings.count == 2 && auto.warnings.allSatisfy { $0.contains("UNAUTHORIZED") && $0.contains("built-in text engine") })
        do {
            _ = try await service.pools(for: Self.schema, params: Params(["text_source": "llm"]))
            Issue.record("a refused key made pools")
        } catch let error as RequestError {
            #expect(error.kind == "UNAUTHORIZED")
        }
        let badSource = Params(["text_source": "gpt"])
        await #expect(throws: RequestError.self) { try await service.pools(for: Self.schema, params: badSource) }
    }

    @Test func onlyPlainFreeTextFieldsArePooled() throws {
        let schema = try Schema.decode(text: #"""
        {"name": "x", "entities": [
          {"name": "people", "rows": 5, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "bio"},
            {"name": "motto", "type": "string", "kind": "text.sentence", "unique": true},
            {"name": "notes", "type": "integer", "kind": "number.integer"},
            {"name": "summary", "type": "text", "kind": "text.paragraph"}]},
          {"name": "empty", "rows": 0, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "description", "type": "text", "kind": "text.description"}]}]}
        """#).get()
        let fields = TextPoolService.freeTextFields(schema).map { "\($0.0.name).\($0.1.name) \($0.2)" }
        #expect(fields == ["people.bio text.bio", "people.summary text.paragraph"])
    }
}

extension TextPoolService {
    /// Reads the params once as `generate` does (`ModelChoice`, then `prompt`), then builds the pools.
    func pools(for schema: Schema, params: Params) async throws -> TextPools {
        try await pools(for: schema, model: ModelChoice.read(params, llm: llm), about: params.optionalString("prompt"))
    }
}
