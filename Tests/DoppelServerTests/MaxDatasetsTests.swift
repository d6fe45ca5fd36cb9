import Testing
import DoppelJSON
import DoppelProtocol
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer
import DoppelTestSupport

/// A stranger's five-table prompt planned a sixth (the students its enrollments need) and the CLI refused it with
/// the hosted contract's five-dataset limit. `max_datasets` (Doppel's addition, which the CLI sends) raises the
/// limit; without it the contract's words stand. Drawn table counts.
@Suite struct MaxDatasetsTests {
    static func schema(tables n: Int) -> JSON {
        let entities = (0..<n).map { i in
            JSON.object(JSONObject([("name", .string("t\(i)")), ("rows", 5),
                                    ("fields", .array([.object(JSONObject([("name", "id"), ("type", "integer"), ("kind", "id.sequence"),
                                                                           ("primary_key", true)]))]))]))
        }
        return .object(JSONObject([("name", "s"), ("entities", .array(entities))]))
    }

    @Test(arguments: 1...6) func aRequestMayRaiseTheTableLimit(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let n = rng.int(6...40)
        let contract = GenerateRequest.validate(["schema": Self.schema(tables: n)], limits: GenerateLimits(), plan: { Planner().plan($0) })
        guard case let .failure(e) = contract else { Issue.record("\(n) tables without max_datasets must be refused"); return }
        let issues = e.extra["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(issues.contains("Schema defines \(n) entities (\((0..<n).map { "t\($0)" }.joined(separator: ", "))) but at most 5 datasets can be generated per request"))
        let raised = try GenerateRequest.validate(["schema": Self.schema(tables: n), "max_datasets": .int(Int64(rng.int(n...DatasetLimits.ceiling)))],
                                                  limits: GenerateLimits(), plan: { Planner().plan($0) }).get()
        #expect(raised.schema.entities.count == n)
        // Below the tables, the limit still refuses them; out of range, the member is named.
        let low = GenerateRequest.validate(["schema": Self.schema(tables: n), "max_datasets": .int(Int64(n - 1))],
                                           limits: GenerateLimits(), plan: { Planner().plan($0) })
        #expect(throws: (any Error).self) { try low.get() }
        for bad in [0, DatasetLimits.ceiling + 1] {
            guard case let .failure(e) = GenerateRequest.validate(["schema": Self.schema(tables: 2), "max_datasets": .int(Int64(bad))],
                                                                  limits: GenerateLimits(), plan: { Planner().plan($0) }) else {
                Issue.record("max_datasets \(bad) must be refused"); continue
            }
            let issues = e.extra["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(issues.contains("max_datasets must be between 1 and \(DatasetLimits.ceiling), got \(bad)"), "\(issues)")
        }
    }
}
