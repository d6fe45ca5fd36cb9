import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A CI system's builds run on git branches and finish only once they have (a queued build had finished), and its
/// test results name the suite's tests (they were "Branch D", and blood-panel analytes). Drawn statuses, names.
@Suite struct BuildRunTests {
    static let statusLists: [(values: [String], done: Set<String>)] = [
        (["queued", "running", "succeeded", "failed", "cancelled"], ["succeeded", "failed", "cancelled"]),
        (["pending", "in_progress", "success", "failure"], ["success", "failure"]),
        (["waiting", "running", "passed", "errored", "timed_out"], ["passed", "errored", "timed_out"]),
    ]

    @Test func aBuildFinishesOnlyOnceItHas() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let list = rng.pick(Self.statusLists)
            let json = """
            {"name": "ci", "seed": \(seed), "entities": [{"name": "\(rng.pick(["builds", "pipeline_runs", "jobs"]))", "rows": \(rng.int(20...300)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "started_at", "type": "datetime", "kind": "datetime.past"},
              {"name": "finished_at", "type": "datetime", "kind": "datetime.past"},
              {"name": "status", "type": "string", "kind": "enum", "values": [\(list.values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(json)
            for row in TestSupport.table(plan, plan.entities[0].name) {
                let status = row[3] ?? ""
                #expect((row[2] != nil) == list.done.contains(status), "seed \(seed): \(status) with finished_at \(row[2] ?? "NULL")")
            }
        }
    }

    @Test(arguments: ["A CI system", "A software company's CI pipeline", "A GitHub-like service"])
    func buildsRunOnBranchesAndTestsHaveTestNames(_ setting: String) throws {
        let prompt = "\(setting) with repositories (name, language), builds (repository_id, branch, commit_sha, started_at, status) "
            + "and test_results (build_id, test_name, passed, duration_ms)"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: 3, rows: 80)).get()
        let branches = Set(TestSupport.column(plan, "builds", "branch").compactMap { $0 })
        #expect(branches.contains("main") && branches.allSatisfy { !$0.contains(" ") }, "\(prompt): \(branches)")
        let tests = Set(TestSupport.column(plan, "test_results", "test_name").compactMap { $0 })
        #expect(!tests.isEmpty && tests.allSatisfy { $0.hasPrefix("test_") }, "\(prompt): \(tests.prefix(5))")
    }
}

/// An inspection or a test that failed has been done as much as one that passed: beside `passed`, `failed` keeps its
/// `completed_at`, where a build's or a payment's failure beside `succeeded` does not complete it.
@Suite struct VerdictStatusTests {
    @Test func aFailedInspectionWasCompleted() throws {
        let json = """
        {"name": "i", "seed": 3, "entities": [{"name": "inspections", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "status", "type": "string", "kind": "enum", "values": ["scheduled", "passed", "failed"]},
          {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "completed_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, "inspections") {
            #expect((row[3] != nil) == (row[1] != "scheduled"), "\(row[1] ?? "") with completed_at \(row[3] ?? "NULL")")
        }
    }
}
