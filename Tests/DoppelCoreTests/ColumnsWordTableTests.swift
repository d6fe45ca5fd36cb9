import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// "fields" and "properties" usually introduce columns ("users with fields (name, email)"), but a farm has
/// fields and an agency has properties: among other tables, each with its columns in brackets, the word is
/// a table of its own. A table that has fields keeps them as columns, and tables after them stay tables.
@Suite struct ColumnsWordTableTests {
    static let settings: [(setting: String, table: String, columns: String, others: [(String, String)])] = [
        ("A farm", "fields", "name, acres, soil_type", [("crops", "field_id, crop, planted_on"), ("tractors", "model, bought_on")]),
        ("A real estate agency", "properties", "address, city, price", [("agents", "name, email"), ("viewings", "property_id, agent_id, viewed_at")]),
        ("A sports complex", "fields", "name, surface, capacity", [("teams", "name, coach"), ("games", "field_id, played_at")]),
        ("A holiday rentals startup", "properties", "title, city, nightly_rate", [("hosts", "name, phone"), ("stays", "property_id, check_in, nights")]),
    ]

    @Test(arguments: settings.indices, [true, false])
    func aThingAmongTablesIsATable(_ i: Int, _ oxfordComma: Bool) throws {
        let c = Self.settings[i]
        let prompt = "\(c.setting) with \(c.table) (\(c.columns)), \(c.others[0].0) (\(c.others[0].1))\(oxfordComma ? "," : "") and \(c.others[1].0) (\(c.others[1].1))"
        let s = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(PlanInvariants.problems(s))")
        #expect(Set(s.entities.map(\.name)) == Set([c.table, c.others[0].0, c.others[1].0]), "\(prompt)")
        let table = try #require(s.entity(named: c.table))
        for column in c.columns.split(separator: ",") {
            #expect(table.field(named: column.trimmingCharacters(in: .whitespaces)) != nil, "\(c.table) lacks \(column)")
        }
    }

    @Test(arguments: ["Users with fields (name, email) and orders (user_id, total)",
                      "A table of users with fields (name, email) and orders (user_id, total)",
                      "customers with properties (name, email), orders (customer_id, total)"])
    func aTableWithFieldsKeepsThemAsColumns(_ prompt: String) throws {
        let s = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(PlanInvariants.problems(s))")
        #expect(s.entities.count == 2, "\(s.entities.map(\.name))")
        let people = try #require(s.entities.first)
        #expect(people.field(named: "name") != nil && people.field(named: "email") != nil)
        #expect(s.entities.last?.field(named: "total") != nil)
    }

    @Test func aSingleListAfterFieldsIsColumns() {
        let s = Planner().plan("A farm with fields (name, acres, soil_type)").schema
        #expect(s.entities.count == 1)
        #expect(s.entities.first?.field(named: "acres") != nil)
    }
}
