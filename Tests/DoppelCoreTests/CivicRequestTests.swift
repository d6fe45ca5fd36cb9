import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// "A city 311 service" planned a table of 311 web services (with domains and regions) that every request
/// referenced; its requests were appliance and pest repairs; a department's head was "Head C". Drawn wordings.
@Suite struct CivicRequestTests {
    @Test(arguments: ["A city 311 service", "A municipal 311 line", "A 311 hotline"])
    func aCitysRequestsAreResidentsReports(_ setting: String) throws {
        let prompt = "\(setting) with requests (category, description, address, reported_at, status, closed_at) and departments (name, head)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(Set(schema.entities.map(\.name)) == ["requests", "departments"], "\(prompt): \(schema.entities.map(\.name))")
        let categories = Set(schema.entity(named: "requests")?.field(named: "category")?.values?.compactMap(\.stringValue) ?? [])
        #expect(categories.contains("Pothole") && !categories.contains("appliance"), "\(prompt): \(categories)")
        #expect(schema.entity(named: "departments")?.field(named: "head")?.kind == "person.full_name")
    }

    @Test(arguments: [("A 24 hour gym with members (name) and visits (member_id, at)", ["members", "visits"]),
                      ("A shop with 50 products and 300 orders", ["products", "orders"])])
    func aNumberBeforeASingularNamesTheThing(_ prompt: String, _ tables: [String]) throws {
        let schema = Planner().plan(prompt).schema
        #expect(Set(schema.entities.map(\.name)) == Set(tables), "\(prompt): \(schema.entities.map { "\($0.name) \($0.rows)" })")
        if prompt.contains("50 products") { #expect(schema.entity(named: "products")?.rows == 50) }
    }

    @Test(arguments: [("departments", "head", "person.full_name"), ("teams", "head", "person.full_name"),
                      ("herds", "head", nil as String?)])
    func aHeadIsAPersonOrACount(_ table: String, _ column: String, _ kind: String?) throws {
        let field = Planner().plan("\(table) (name, \(column))").schema.entity(named: table)?.field(named: column)
        if let kind { #expect(field?.kind == kind, "\(table).\(column): \(String(describing: field))") }
        else { #expect(field?.type == .integer, "\(table).\(column): \(String(describing: field))") }
    }
}

/// An apartment block's residents file maintenance requests, not a city's pothole reports.
@Suite struct ResidentRequestTests {
    @Test func residentsRequestsAreMaintenance() {
        let schema = Planner().plan("An apartment complex with residents (name, unit) and maintenance_requests (resident_id, category, description, reported_at)").schema
        let categories = schema.entity(named: "maintenance_requests")?.field(named: "category")?.values?.compactMap(\.stringValue) ?? []
        #expect(!categories.contains("Pothole"), "\(categories)")
    }
}
