import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's HR data: time-off requests of "premium" type, "resolved" like tickets, taken years before the
/// employee was hired.
@Suite struct TimeOffTests {
    static let prompt = "HR: departments (name), employees (department_id, name, title, hire_date, salary), "
        + "time_off_requests (employee_id, start_date, end_date, type, status)"

    @Test func aTimeOffRequestIsALeaves() throws {
        let schema = Planner().plan(Self.prompt).schema
        let requests = try #require(schema.entity(named: "time_off_requests"))
        let type = Set(requests.fields.first { $0.name == "type" }?.values?.compactMap(\.stringValue) ?? [])
        #expect(type.contains("vacation") && type.contains("sick"), "\(type)")
        let status = Set(requests.fields.first { $0.name == "status" }?.values?.compactMap(\.stringValue) ?? [])
        #expect(status.contains("approved") && !status.contains("resolved"), "\(status)")
    }

    /// Whatever a worker's record is, it comes after they were hired (`hire_date`, `hired_on`, `joined_on`).
    @Test(arguments: ["hire_date", "hired_on", "date_joined", "join_date"]) func nothingBeforeTheHire(hire: String) throws {
        let prompt = Self.prompt.replacingOccurrences(of: "hire_date", with: hire)
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: 8, rows: 300)).get()
        let hired = TestSupport.column(plan, "employees", hire).map { $0.flatMap(TestSupport.instant) }
        let requests = try #require(plan.entity(named: "time_off_requests"))
        let e = try #require(requests.column(named: "employee_id")), s = try #require(requests.column(named: "start_date"))
        for row in TestSupport.table(plan, "time_off_requests") {
            guard let id = row[e].flatMap({ Int($0) }), let h = hired[id - 1], let start = row[s].flatMap(TestSupport.instant) else { continue }
            #expect(start >= h, "time off from \(row[s] ?? "") for someone hired \(h)")
        }
    }
}
