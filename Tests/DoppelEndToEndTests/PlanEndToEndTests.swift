import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing

/// `schema.plan` and `doppel plan` with the built-in planner, against a real daemon.
@Suite struct PlanEndToEndTests {
    static let shop = "E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), "
        + "and orders (id, customer_id, product_id, quantity, order_date, status). Include 5 product categories and realistic order patterns."

    @Test func planReturnsSchemaCachedAndWarningsThenHitsTheCache() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let first = try #require(await client.callAsync("schema.plan", params: ["prompt": .string(Self.shop)])["result"])
        #expect(first["cached"] == false && first["planner"] == "builtin")
        // "realistic order patterns" shapes no column: said, not failed.
        #expect(first["warnings"] == ["Not used for the schema: \"order patterns\"."])
        let schema = try Schema.decode(#require(first["schema"])).get()
        #expect(schema.entities.map(\.name).sorted() == ["categories", "customers", "orders", "products"])
        #expect(schema.entity(named: "categories")?.rows == 5)
        #expect(schema.entity(named: "orders")?.field(named: "customer_id")?.references?.description == "customers.id")
        let before = try #require(await client.callAsync("status")["result"]?["caches"]?["schemaPlans"])

        // The same prompt with other spacing is the same plan, from the cache.
        let spaced = "  " + Self.shop.replacingOccurrences(of: ", ", with: ",   ") + "\n"
        let second = try #require(await client.callAsync("schema.plan", params: ["prompt": .string(spaced)])["result"])
        #expect(second["cached"] == true && second["schema"] == first["schema"])
        let after = try #require(await client.callAsync("status")["result"]?["caches"]?["schemaPlans"])
        #expect(after["hits"]?.intValue == (before["hits"]?.intValue ?? -1) + 1)
        #expect(after["misses"] == before["misses"] && after["entries"] == 1 && (after["bytes"]?.intValue ?? 0) > 0)

        // A seed is a setting: a different plan (written into the schema), cached apart.
        let seeded = try #require(await client.callAsync("schema.plan", params: ["prompt": .string(Self.shop), "seed": 7])["result"])
        #expect(seeded["cached"] == false && seeded["schema"]?["seed"] == 7)
    }

    @Test func unknownWordsWarnAndBadParamsNameTheMember() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let odd = try #require(await client.callAsync("schema.plan", params: ["prompt": "zorblax quintessa"])["result"])
        #expect((odd["schema"]?["entities"]?.arrayValue?.count ?? 0) >= 1)
        #expect((odd["warnings"]?.arrayValue?.count ?? 0) >= 1)

        func error(_ params: JSON) async throws -> JSON {
            try #require(await client.callAsync("schema.plan", params: params)["error"])
        }
        let empty = try await error(["prompt": "  \n "])
        #expect(empty["code"] == -32602 && empty["data"]?["details"]?["prompt"]?.stringValue?.contains("non-empty") == true)
        let missing = try await error([:])
        #expect(missing["code"] == -32602 && missing["message"]?.stringValue?.contains("\"prompt\" is required") == true)
        let number = try await error(["prompt": 12])
        #expect(number["data"]?["details"]?["prompt"] == "expected a string, got integer 12")
        let planner = try await error(["prompt": "users", "planner": "gpt"])
        #expect(planner["data"]?["details"]?["planner"] == "expected one of llm, builtin, auto, got string \"gpt\"")
        let typo = try await error(["prompt": "users", "promt": "x"])
        #expect(typo["message"]?.stringValue?.contains("unknown member \"promt\"") == true)
        let seed = try await error(["prompt": "users", "seed": -1])
        #expect(seed["data"]?["details"]?["seed"]?.stringValue?.contains("got integer -1") == true)
        // No model configured: llm is an error, auto and builtin plan.
        let llm = try await error(["prompt": "users", "planner": "llm"])
        #expect(llm["code"] == 1600 && llm["data"]?["kind"] == "LLM_NOT_CONFIGURED")
        #expect(try await client.callAsync("schema.plan", params: ["prompt": "users", "planner": "auto"])["result"]?["planner"] == "builtin")
        // A malformed key for OpenAI's endpoint (the default) is refused even when the model is not used.
        let key = try await error(["prompt": "users", "planner": "builtin", "api_key": "not-a-key"])
        #expect(key["data"] == ["kind": "INVALID_API_KEY", "error": "Invalid API key format", "detail": "API key must start with 'sk-'"])
    }

    @Test func planJSONPrintsExactlyTheSchema() async throws {
        let daemon = try await TestDaemon.start()
        let run = try await runCLIAsync(["plan", "--json", Self.shop, "--socket", daemon.socketPath, "--no-autostart"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONParser.parse(run.stdout)
        let schema = try Schema.decode(json).get()
        #expect(json == schema.json)
        #expect(schema.entities.count == 4)
        let direct = try await daemon.connectAsync().callAsync("schema.plan", params: ["prompt": .string(Self.shop)])
        #expect(direct["result"]?["schema"] == json && direct["result"]?["cached"] == true)

        let summary = try await runCLIAsync(["plan", Self.shop, "--planner", "builtin", "--socket", daemon.socketPath, "--no-autostart"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("categories (5 rows)"))
        #expect(summary.stdout.contains("orders.customer_id → customers.id"))
        #expect(summary.stdout.contains("cached: yes, planner: builtin"))
        #expect(summary.stdout.contains("warnings:\n  - Not used for the schema: \"order patterns\"."))

        let empty = try await runCLIAsync(["plan", " ", "--socket", daemon.socketPath, "--no-autostart"])
        #expect(empty.status == 1 && empty.stdout.isEmpty && empty.stderr.contains("\"prompt\" must be a non-empty description"))
        let llm = try await runCLIAsync(["plan", "users", "--planner", "llm", "--socket", daemon.socketPath, "--no-autostart"])
        #expect(llm.status == 1 && llm.stderr.contains("planner \"llm\" needs a model"))
    }
}
