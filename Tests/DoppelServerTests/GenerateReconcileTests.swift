import DoppelJSON
import DoppelPlanner
import DoppelProtocol
import Testing
@testable import DoppelServer

/// The second step of `generate`: read params reconciled with the plan of their prompt.
@Suite struct GenerateReconcileTests {
    /// A negative size beside a prompt is an issue; it used to reach the engine's fitting,
    /// which traps on a negative row count, and took the daemon down with every client's work.
    @Test(arguments: [["dataset_size": -1], ["rows": -5], ["dataset_size": "-2,000"]] as [JSONObject])
    func aNegativeSizeBesideAPromptIsAnIssueNotATrap(_ size: JSONObject) throws {
        var object = size
        object["prompt"] = "customers, products and orders"
        let read = try GenerateParams.parse(.object(object)).get()
        guard case let .prompt(prompt) = read.source else {
            Issue.record("a usable prompt and no schema should be planned, got \(read.source)")
            return
        }
        let result = GenerateRequest.reconcile(read, plan: Planner().plan(prompt))
        guard case let .failure(error) = result else {
            Issue.record("a negative size was accepted")
            return
        }
        let issues = error.data["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(issues.contains { $0.hasPrefix("Dataset size must be at least 1, got -") }, "\(issues)")
    }

    /// Parsing is pure: it says what to plan and plans nothing itself.
    @Test func parseNamesThePromptToPlanAndReconcileUsesThePlanGiven() throws {
        let read = try GenerateParams.parse(["prompt": "customers and orders", "dataset_size": 20]).get()
        guard case let .prompt(prompt) = read.source else {
            Issue.record("expected a prompt to plan, got \(read.source)")
            return
        }
        #expect(prompt == "customers and orders")
        let request = try GenerateRequest.reconcile(read, plan: Planner().plan(prompt)).get()
        #expect(request.schema.entities.map(\.name) == ["customers", "orders"])
        #expect(request.schema.entities.allSatisfy { $0.rows == 20 })

        let broken = try GenerateParams.parse(["prompt": "customers", "schema": ["entities": 3]]).get()
        guard case .promptBesideBrokenSchema = broken.source else {
            Issue.record("a prompt beside a broken schema is planned only to name every issue, got \(broken.source)")
            return
        }
        let schemaOnly = try GenerateParams.parse(["schema": ["entities": [["name": "t", "rows": 3,
                                                                            "fields": [["name": "id", "type": "integer"]]]]]]).get()
        guard case .schema = schemaOnly.source else {
            Issue.record("a schema needs no plan, got \(schemaOnly.source)")
            return
        }
        #expect(try GenerateRequest.reconcile(schemaOnly, plan: nil).get().schema.entities.map(\.rows) == [3])
    }
}
