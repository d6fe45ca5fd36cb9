import Foundation
import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer
import DoppelTestSupport

/// A request's plan is fitted to the rows it asks: `unique` dropped or widened with a warning.
@Suite struct PlanFittingTests {
    @Test func aPlanIsFittedAgainAtTheRowsTheRequestAsks() throws {
        let r = GenerateRequest.validate(["prompt": "Departments (name unique, budget)", "dataset_size": 300], limits: GenerateLimits(),
                                         plan: { Planner().plan($0) })
        let request = try r.get()
        #expect(request.schema.entities.first?.field(named: "name")?.unique == false)
        #expect(request.warnings.contains("`departments.name` cannot hold 300 distinct values; it is not unique."), "\(request.warnings)")
        #expect(throws: Never.self) { try request.schema.resolve().get() }
        // A listed code kind keeps `unique`: it continues in its shape.
        let airports = try GenerateRequest.validate(["prompt": "Airports (iata_code unique, name)", "dataset_size": 500],
                                                    limits: GenerateLimits(), plan: { Planner().plan($0) }).get()
        #expect(airports.schema.entities.first?.field(named: "iata_code")?.kind == "travel.airport_code")
        #expect(try airports.schema.resolve().get().entities[0].rows == 500)
        // A unique code too short for the rows gets more digits rather than losing `unique`.
        let courses = try GenerateRequest.validate(["prompt": "Courses (id, course_code, title)", "dataset_size": 5000],
                                                   limits: GenerateLimits(), plan: { Planner().plan($0) }).get()
        let code = courses.schema.entities.first?.field(named: "course_code")
        #expect(code?.unique == true && code?.pattern == "CRS-####", "\(courses.warnings)")
        #expect(courses.warnings.contains("`courses.course_code` is CRS-####: 5000 rows need that many distinct codes."))
        #expect(throws: Never.self) { try courses.schema.resolve().get() }
        // generate_data sizes its plan too.
        let data = try GenerateDataRequest.validate(["prompt": "Departments (name unique, budget)", "rows": 300],
                                                    plan: { Planner().plan($0) }).get()
        #expect(data.plan.schema.entities.first?.field(named: "name")?.unique == false, "\(data.plan.warnings)")
        #expect(throws: Never.self) { try data.plan.schema.resolve().get() }
    }
}


/// The planner never plans what the engine must refuse at the rows a request asks: every fixture prompt at row
/// counts drawn from a seeded generator (1 to 100,000, log-uniform) validates and resolves, or is refused only by
/// the contract's table limit.
@Suite struct PlannedRowsFitTests {
    @Test func everyFixturePromptResolvesAtDrawnRowCounts() {
        let seeds: [UInt64] = [0x0F17, UInt64.random(in: 1...UInt64.max)]
        let prompts = ["planner_heldout_a.json", "planner_heldout_b.json", "planner_heldout_c.json", "planner_heldout_d.json",
                       "planner_heldout_e.json", "planner_heldout_f.json"].flatMap(PlannerCase.load).map(\.prompt)
        #expect(prompts.count >= 200)
        let planner = Planner()
        for seed in seeds {
            var rng = FuzzRandom(seed: seed)
            var bad: [String] = []
            for prompt in prompts {
                let rows = Int(pow(10, Double.random(in: 0...5, using: &rng)).rounded())
                let r = GenerateRequest.validate(["prompt": .string(prompt), "dataset_size": .int(Int64(rows))], limits: GenerateLimits(),
                                                 plan: { planner.plan($0) })
                switch r {
                case let .success(request):
                    if case let .failure(e) = request.schema.resolve() {
                        bad.append("rows \(rows) \(prompt.prefix(60)): \(e.problems.prefix(2).map { $0.description })")
                    }
                case let .failure(e):
                    let issues = e.extra["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
                    if !issues.allSatisfy({ $0.hasSuffix("datasets can be generated per request") }) {
                        bad.append("rows \(rows) \(prompt.prefix(60)): \(issues)")
                    }
                }
            }
            #expect(bad.isEmpty, "seed \(seed): \(bad.count) failed, e.g.\n\(bad.prefix(5).joined(separator: "\n"))")
        }
    }
}
