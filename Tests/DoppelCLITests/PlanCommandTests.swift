import DoppelJSON
import Testing
@testable import DoppelCLI

/// `doppel plan`: its help, its usage errors before any daemon is reached,
/// and the readable summary of a `schema.plan` result.
@Suite struct PlanCommandTests {
    private func run(_ arguments: [String]) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        let code = DoppelCommandLine.run(arguments, console: console, environment: ["DOPPEL_NO_AUTOSTART": "1"])
        return (code, console)
    }

    @Test func helpSnapshot() {
        let (code, console) = run(["plan", "--help"])
        #expect(code == .ok)
        #expect(console.standardOutput.hasPrefix("""
            Usage: doppel plan [options] <prompt>

            Plan a schema from a plain-language description (schema.plan)

            """))
        #expect(console.standardOutput.contains("""
            calls it. Without --timeout, plan waits as long as a model the daemon has may take
            (the daemon bounds each model call by its --llm-timeout) and shows on a terminal how
            long it has waited and the tokens received, also from a server that does not stream.

            """))
        #expect(console.standardOutput.contains("""
            Arguments:
              prompt  What the data is, e.g. "customers (id, name, email) and their orders"

            Options:
              --json                      Print only the schema, as JSON
              --planner auto|llm|builtin  The model if configured (auto, default), the model or an error (llm), or the built-in planner
              --seed SEED                 Seed written into the schema

            """))
    }

    @Test func usageErrorsComeBeforeAnyDaemon() {
        let (missing, console) = run(["plan"])
        #expect(missing == .usage)
        #expect(console.standardError.contains("prompt"))
        let (planner, plannerConsole) = run(["plan", "users", "--planner", "gpt"])
        #expect(planner == .usage)
        #expect(plannerConsole.standardError.contains("--planner"))
        let (seed, seedConsole) = run(["plan", "users", "--seed", "many"])
        #expect(seed == .usage)
        #expect(seedConsole.standardError.contains("--seed expects a whole number, got 'many'"))
    }

    @Test func summaryListsTablesColumnsReferencesWarningsAndCache() throws {
        let result = try JSONParser.parse("""
            {"schema": {"name": "shop", "seed": 4, "locale": "en_US", "entities": [
              {"name": "customers", "rows": 1, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "email", "type": "string", "kind": "internet.email", "unique": true, "nullable": 0.1}]},
              {"name": "orders", "rows": 20, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "customer_id", "type": "integer", "references": "customers.id"},
                {"name": "status", "type": "string", "kind": "enum", "values": ["new", "paid"]}]}]},
             "cached": true, "warnings": ["Not used for the schema: \\"vibes\\"."], "planner": "builtin"}
            """)
        #expect(PlanReport.render(result) == """
            schema shop: 2 tables, seed 4, locale en_US

            customers (1 row)
              id     integer  id.sequence     primary key
              email  string   internet.email  unique; nullable 0.1

            orders (20 rows)
              id           integer  id.sequence  primary key
              customer_id  integer  -            → customers.id
              status       string   enum         values: new, paid

            references:
              orders.customer_id → customers.id

            warnings:
              - Not used for the schema: "vibes".
            cached: yes, planner: builtin

            """)
    }
}
