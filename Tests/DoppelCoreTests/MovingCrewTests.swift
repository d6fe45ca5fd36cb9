import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A moving company's crews had a size of "11-50" (a company's headcount band) and its jobs were "filled" and
/// "on_hold" (a job posting's statuses). Drawn wordings.
@Suite struct MovingCrewTests {
    @Test(arguments: ["A moving company", "A removals firm", "Local movers"])
    func crewsCountPeopleAndJobsAreMoves(_ setting: String) throws {
        let schema = Planner().plan("\(setting) with crews (name, size) and jobs (customer_name, move_date, crew_id, hours, status)").schema
        let size = try #require(schema.entity(named: "crews")?.field(named: "size"))
        #expect(size.type == .integer && (size.max ?? 99) <= 8, "\(size)")
        let statuses = Set(schema.entity(named: "jobs")?.field(named: "status")?.values?.compactMap(\.stringValue) ?? [])
        #expect(statuses.contains("completed") && !statuses.contains("filled"), "\(setting): \(statuses)")
    }
}
