import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM
import DoppelPOSIX
import Testing
@testable import DoppelServer
import DoppelProtocol

/// The planning service in-process: planner choice from params, the cache,
/// and cache keys that name the model but never hold a key.
@Suite struct PlanningServiceTests {
    static let log = Logger(destination: FileDescriptor(rawValue: -1))

    @Test func builtinPlansAreCachedBySettings() async throws {
        let service = PlanningService(byteBudget: 1 << 20, llm: LLMBackend(configuration: LLMConfiguration(), log: Self.log))
        let params = Params(["prompt": "customers (id, name, email)"])
        let first = try await service.plan("customers (id, name, email)", settings: PlannerSettings(), params: params)
        #expect(!first.cached && first.planner == "builtin")
        #expect(first.schema.entities.map(\.name) == ["customers"])
        let again = try await service.plan("customers  (id, name, email) ", settings: PlannerSettings(), params: params)
        #expect(again.cached && again.schema == first.schema)
        let seeded = try await service.plan("customers (id, name, email)", settings: PlannerSettings(seed: 3), params: params)
        #expect(!seeded.cached && seeded.schema.seed == 3)
        #expect(service.cache.stats.hits == 1 && service.cache.stats.entries == 2)
    }

    @Test func plannerParamIsCheckedForEveryCaller() async throws {
        let service = PlanningService(llm: LLMBackend(configuration: LLMConfiguration(), log: Self.log))
        await #expect(throws: RequestError.self) {
            try await service.plan("users", settings: PlannerSettings(), params: Params(["planner": 3]))
        }
        do {
            _ = try await service.plan("users", settings: PlannerSettings(), params: Params(["planner": "llm"]))
            Issue.record("planner llm without a model planned")
        } catch let error as RequestError {
            #expect(error.kind == "LLM_NOT_CONFIGURED")
        }
        let builtin = try await service.plan("users", settings: PlannerSettings(), params: Params(["planner": "builtin"]))
        #expect(builtin.planner == "builtin")
        // With no backend at all (a daemon built without one), auto plans with the built-in planner.
        let bare = try await PlanningService().plan("users", settings: PlannerSettings(), params: Params(nil))
        #expect(bare.planner == "builtin")
    }

    @Test func modelCacheKeysNameRouteEndpointAndModelButNoKey() throws {
        let key = try #require(APIKey("sk-secret-PLANNING-1234"))
        let configuration = LLMConfiguration(baseURL: "http://127.0.0.1:9/v1", model: "m-1", apiKey: key)
        let text = PlanningService.modelSettingsKey(PlannerSettings(), configuration)
        #expect(text.contains("route=llm") && text.contains("model=m-1") && text.contains("base=http://127.0.0.1:9/v1"))
        #expect(!text.contains("secret") && !text.contains("PLANNING"))
        var other = configuration
        other.model = "m-2"
        #expect(PlanningService.modelSettingsKey(PlannerSettings(), other) != text)
        #expect(text != PlannerSettings().cacheKey)
    }

    @Test func theValidatorIsTheEngines() {
        let dangling: JSON = ["name": "x", "entities": [["name": "a", "rows": 1, "fields": [
            ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
            ["name": "b_id", "type": "integer", "references": "b.id"]]]]]
        #expect(PlanningService.validate(dangling).contains { $0.hasPrefix("a.b_id: references: no entity named \"b\"") })
        let unknownKind: JSON = ["name": "x", "entities": [["name": "a", "rows": 1, "fields": [
            ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true],
            ["name": "n", "type": "string", "kind": "person.favourite_colour"]]]]]
        #expect(!PlanningService.validate(unknownKind).isEmpty)
        let fine: JSON = ["name": "x", "entities": [["name": "a", "rows": 1, "fields": [
            ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true]]]]]
        #expect(PlanningService.validate(fine) == [])
    }
}

extension PlanningService {
    /// Reads the params once as the methods do (`ModelChoice`), then plans.
    func plan(_ prompt: String, settings: PlannerSettings, params: Params) async throws -> PlanOutcome {
        try await plan(prompt, settings: settings, model: ModelChoice.read(params, llm: llm))
    }
}
