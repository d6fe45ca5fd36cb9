import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// An unknown table named for a measure (`judge_scores`, `peer_ratings`) records the measure, when, and who
/// it is of: never a title, a description and a status. Over drawn prompts.
@Suite struct PlannerMeasureTableTests {
    @Test(arguments: [UInt64(221), 222, 223])
    func aTableOfMeasuresRecordsTheMeasure(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let people = rng.pick(["participants", "employees", "players", "athletes", "contestants"])
            let measure = "score"
            let modifier = rng.pick(["judge", "peer", "weekly", "panel", "audience"])
            let lead = rng.pick(["A contest with", "Data for", "Track", "A competition with"])
            let prompt = "\(lead) \(people) and \(modifier) \(measure)s"
            let schema = Planner().plan(prompt).schema
            let table = try #require(schema.entities.first { $0.name == "\(modifier)_\(measure)s" }, "seed \(seed): \(prompt) plans \(schema.entities.map(\.name))")
            let field = table.fields.first { $0.name == measure }
            #expect(field.map { [.integer, .decimal, .float].contains($0.type) } ?? false, "seed \(seed): \(prompt): \(table.fields.map(\.name))")
            #expect(!table.fields.contains { ["title", "description"].contains($0.name) }, "seed \(seed): \(prompt): \(table.fields.map(\.name))")
            #expect(table.fields.contains { $0.references?.entity == people }, "seed \(seed): \(prompt): \(table.fields.map(\.name))")
        }
    }
}
